CALL gds.betweenness.stream($graph) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).name AS name, score
