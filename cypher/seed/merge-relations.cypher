// Template: one statement per relationship type, {{TYPE}} filled from the RelationType enum when the
// registry loads (seed-loader.ts), never from input.
// Params:  $rows: [{id, type, from, to, props, modality, evidence, attributes, source}], all of type {{TYPE}};
//          $modalityRank: [String], the most actual first
// Returns: 1 row { merged: Integer }
// One statement per type: with a literal type the planner checks for an existing relationship by
// Expand(Into) between the two ends; with $(row.type) it plans a scan of all relationships on a
// young database, which makes loading quadratic.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{TYPE}}]->(b)
// Each source keeps its own modality; the stored one is derived from them all, never the last load's.
WITH row, r, {{source-modalities-given: r}} AS given
SET r += row.props,
    r.id = row.id,
    r.sourceModalities = given,
    r.modality = {{most-actual-modality: given}},
    r.evidence = reduce(acc = coalesce(r.evidence, []), e IN row.evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END),
    r.attributes = reduce(acc = coalesce(r.attributes, []), a IN row.attributes | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    r.sources = CASE WHEN row.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.source END
RETURN count(r) AS merged
