// Params:  $graph: String (a projected star)
// Returns: one row per node { name: String, score: Float }
CALL gds.pageRank.stream($graph) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).name AS name, score
