// $rows: [{id, kind (an EntityKind value), name, nameEn, aliases, props, modality (null but for an Agreement or Event),
// names: {derived}, evidence, attributes, source}]; $modalityRank: [String], the most actual first
// Lists are unions, so loading the same source twice changes nothing. An agreement's or event's modality is
// derived from each source's own, as a relationship's (merge-relations.cypher).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.kind)
WITH row, n, {{source-modalities-given: n}} AS given
SET n += row.props,
    n.sourceModalities = given,
    n.modality = CASE WHEN row.modality IS NULL THEN n.modality ELSE {{most-actual-modality: given}} END,
    n += row.names,
    n.kind = row.kind,
    n.name = row.name,
    n.nameEn = coalesce(row.nameEn, n.nameEn),
    n.aliases = row.aliases,
    n.evidence = reduce(acc = coalesce(n.evidence, []), e IN row.evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END),
    n.attributes = reduce(acc = coalesce(n.attributes, []), a IN row.attributes | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.sources = CASE WHEN row.source IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + row.source END
