// Eigenvector centrality: the principal eigenvector of the adjacency matrix, L2-normalised by GDS.
// Params:  $graph: String (a projected graph), $concurrency: Integer, $maxIterations: Integer, $tolerance: Float, $first: Integer, $rankKinds: [String]
// Returns: up to $first rows { id: String, score: Float }, highest score first
CALL gds.eigenvector.stream($graph, {concurrency: $concurrency, maxIterations: $maxIterations, tolerance: $tolerance})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS node, score
// $rankKinds ([] = all): which kinds are ranked; the scores still come from the whole scope.
WHERE size($rankKinds) = 0 OR node.kind IN $rankKinds
WITH node.id AS id, score
ORDER BY score DESC, id
LIMIT $first
RETURN id, score
