// $rows: [{id, kind (an EntityKind value), name, nameEn, aliases, props, names: {derived}, evidence, attributes, source}]
// Lists are unions, so loading the same source twice changes nothing.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.kind)
SET n += row.props,
    n += row.names,
    n.kind = row.kind,
    n.name = row.name,
    n.nameEn = coalesce(row.nameEn, n.nameEn),
    n.aliases = row.aliases,
    n.evidence = reduce(acc = coalesce(n.evidence, []), e IN row.evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END),
    n.attributes = reduce(acc = coalesce(n.attributes, []), a IN row.attributes | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.sources = CASE WHEN row.source IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + row.source END
