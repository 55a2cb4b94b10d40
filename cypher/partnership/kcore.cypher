// The core number of each node (the largest k such that it is in a subgraph where all have degree >= k).
// Params:  $graph: String
// Returns: rows { id: String, score: Integer }
CALL gds.kcore.stream($graph, {concurrency: 1})
YIELD nodeId, coreValue
RETURN gds.util.asNode(nodeId).id AS id, coreValue AS score
