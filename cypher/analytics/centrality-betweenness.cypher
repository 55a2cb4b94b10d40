// Betweenness: shortest paths through the node, each unordered pair of other nodes counted once (not normalised).
// Params:  $graph: String (a projected graph), $concurrency: Integer, $first: Integer
// Returns: up to $first rows { id: String, score: Float }, highest score first
CALL gds.betweenness.stream($graph, {concurrency: $concurrency}) YIELD nodeId, score
WITH gds.util.asNode(nodeId).id AS id, score
ORDER BY score DESC, id
LIMIT $first
RETURN id, score
