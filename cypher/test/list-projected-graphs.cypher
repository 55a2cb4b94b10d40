// Test runs only: the graphs in the GDS catalog, to check that no request leaves a projection behind.
// Returns: one row per graph { graphName: String }
CALL gds.graph.list() YIELD graphName
RETURN graphName
