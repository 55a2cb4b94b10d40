// Weakly connected components.
// Params:  $graph: String (a projected graph), $concurrency: Integer
// Returns: one row per community { members: [String] }: entity ids sorted, biggest community first
CALL gds.wcc.stream($graph, {concurrency: $concurrency}) YIELD nodeId, componentId AS communityId
WITH communityId, gds.util.asNode(nodeId).id AS id
ORDER BY id
WITH communityId, collect(id) AS members
RETURN members
ORDER BY size(members) DESC, members[0]
