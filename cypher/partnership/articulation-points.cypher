// The nodes whose removal disconnects the partnership network.
// Params:  $graph: String
// Returns: rows { id: String }
CALL gds.articulationPoints.stream($graph)
YIELD nodeId
RETURN gds.util.asNode(nodeId).id AS id
