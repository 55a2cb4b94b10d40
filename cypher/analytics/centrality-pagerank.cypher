// PageRank: scores sum to about the node count (GDS does not normalise them to 1).
// Params:  $graph: String (a projected graph), $concurrency: Integer, $dampingFactor: Float, $maxIterations: Integer, $tolerance: Float, $first: Integer, $rankKinds: [String]
// Returns: up to $first rows { id: String, score: Float }, highest score first
CALL gds.pageRank.stream($graph, {concurrency: $concurrency, dampingFactor: $dampingFactor, maxIterations: $maxIterations, tolerance: $tolerance})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS node, score
// $rankKinds ([] = all): which kinds are ranked; the scores still come from the whole scope.
WHERE size($rankKinds) = 0 OR node.kind IN $rankKinds
WITH node.id AS id, score
ORDER BY score DESC, id
LIMIT $first
RETURN id, score
