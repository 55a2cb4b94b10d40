// Leiden: Louvain with a refinement step that keeps communities well connected; needs an undirected graph.
// Params:  $graph: String (a projected graph), $concurrency: Integer, $randomSeed: Integer
// Returns: one row per community { members: [String] }: entity ids sorted, biggest community first
CALL gds.leiden.stream($graph, {concurrency: $concurrency, randomSeed: $randomSeed}) YIELD nodeId, communityId
WITH communityId, gds.util.asNode(nodeId).id AS id
ORDER BY id
WITH communityId, collect(id) AS members
RETURN members
ORDER BY size(members) DESC, members[0]
