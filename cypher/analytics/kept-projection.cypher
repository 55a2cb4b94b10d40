// Whether a projection kept from an earlier request (src/analytics/projection-cache.ts) can answer this one: the
// graph's version token now, and whether this member's GDS catalog holds the kept graph.
// Params:  $key: String (the version's key, partnership/version.cypher), $graph: String | null (the kept graph)
// Returns: 1 row { token: String | null, exists: Boolean }
OPTIONAL MATCH (v:NetworkVersion {key: $key})
RETURN v.token AS token, CASE WHEN $graph IS NULL THEN false ELSE gds.graph.exists($graph) END AS exists
