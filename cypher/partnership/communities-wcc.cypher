// Connected components of a projected partnership network.
// Params:  $graph: String, $weighted: Boolean (unused: components do not depend on weights)
// Returns: rows { id: String, community: Integer }
CALL gds.wcc.stream($graph, {concurrency: 1})
YIELD nodeId, componentId
RETURN gds.util.asNode(nodeId).id AS id, componentId AS community
