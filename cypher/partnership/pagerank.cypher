// PageRank over a projected partnership network, a tie's share of the walk proportional to its `weight`;
// GDS's scale: the scores sum to about the number of nodes (each starts at 1 − damping).
// Params:  $graph: String, $weighted: Boolean
// Returns: rows { id: String, score: Float }
CALL gds.pageRank.stream($graph, CASE WHEN $weighted THEN {relationshipWeightProperty: 'weight', dampingFactor: 0.85,
  maxIterations: 1000, tolerance: 1e-10, concurrency: 1} ELSE {dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-10, concurrency: 1} END)
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
