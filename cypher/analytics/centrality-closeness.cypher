// Closeness: reachable nodes / sum of distances to them (= (n-1)/sum on a connected graph).
// Params:  $graph: String (a projected graph), $concurrency: Integer, $first: Integer
// Returns: up to $first rows { id: String, score: Float }, highest score first
CALL gds.closeness.stream($graph, {concurrency: $concurrency}) YIELD nodeId, score
WITH gds.util.asNode(nodeId).id AS id, score
ORDER BY score DESC, id
LIMIT $first
RETURN id, score
