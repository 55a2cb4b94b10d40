// GDS's own memory estimate (projection) for a graph of $nodeCount nodes and $relationshipCount relationships
// (an undirected edge counts twice), without building it: docs/SCALING.md's projected memory.
// Params:  $nodeCount, $relationshipCount: Integer
// Returns: 1 row { requiredMemory: String, bytesMin, bytesMax: Integer }
CALL gds.graph.project.estimate('*', {LINK: {type: '*', orientation: 'UNDIRECTED'}}, {nodeCount: $nodeCount, relationshipCount: $relationshipCount})
YIELD requiredMemory, bytesMin, bytesMax
RETURN requiredMemory, bytesMin, bytesMax
