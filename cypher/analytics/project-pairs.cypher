// Projects a scope's entities and linked pairs (from analytics/scope-pairs) into the GDS catalog as one
// undirected graph. Kept this small on purpose: gds.graph.project plans its whole calling statement again
// (EXPLAIN, uncached) on every call; this one plans in about 30 ms, the scope predicate's twice in 220-780 ms.
// Params:  $graph: String (a fresh name), $pairs: [[String, String | null]] (elementIds, as scope-pairs returns them)
// Returns: 1 row { nodeCount, relationshipCount: Integer | null }; null when $pairs is empty, and then no graph exists
UNWIND $pairs AS pair
MATCH (s:Entity) WHERE elementId(s) = pair[0]
OPTIONAL MATCH (t:Entity) WHERE elementId(t) = pair[1]
// Rows arrive from one Cypher thread; building with more threads only added coordination
// (seed graph, 2 cores: 65 ms with one thread, 95-300 ms with the default four).
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
