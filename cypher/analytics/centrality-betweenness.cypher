// Betweenness: shortest paths through the node, each unordered pair of other nodes counted once (not normalised).
// Params:  $graph: String (a projected graph), $concurrency: Integer, $first: Integer, $rankKinds: [String],
//          $samplingSize: Integer or null (exact): the number of source entities the estimate starts from,
//          picked with a fixed seed so that a question asked twice gets the same answer.
// Returns: up to $first rows { id: String, score: Float }, highest score first
CALL gds.betweenness.stream($graph, CASE WHEN $samplingSize IS NULL THEN {concurrency: $concurrency}
  ELSE {concurrency: $concurrency, samplingSize: $samplingSize, samplingSeed: 42} END) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS node, score
// $rankKinds ([] = all): which kinds are ranked; the scores still come from the whole scope.
WHERE size($rankKinds) = 0 OR node.kind IN $rankKinds
WITH node.id AS id, score
ORDER BY score DESC, id
LIMIT $first
RETURN id, score
