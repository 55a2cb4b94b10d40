// Removes a projected graph from the GDS catalog; no error (and no row) when it does not exist.
// Params:  $graph: String
// Returns: 0..1 row { graphName: String }
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
