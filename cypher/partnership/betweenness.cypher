// Betweenness over a projected partnership network, each unordered pair counted once, not normalised; lengths
// are the `distance` property (1/weight when weighted). With $samplingSize, GDS starts from that many seeded
// sources; src/partnership/measures.ts scales the estimate to the exact scale.
// Params:  $graph: String, $samplingSize: Integer | null
// Returns: rows { id: String, score: Float }
CALL gds.betweenness.stream($graph, CASE WHEN $samplingSize IS NULL THEN {relationshipWeightProperty: 'distance', concurrency: 1}
  ELSE {relationshipWeightProperty: 'distance', concurrency: 1, samplingSize: $samplingSize, samplingSeed: 42} END)
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
