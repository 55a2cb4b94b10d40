// Projects a partnership network (built in src/partnership/partnership-network.ts) into the GDS catalog.
// Params:  $graph: String (a fresh name), $ties: [{a, b: String, weight: Float, distance: Float}] where
//          distance = 1/weight (or 1 when the question is unweighted), one row per undirected tie
// Returns: 1 row { nodeCount: Integer | null }; null when there are no ties, and then no graph exists
UNWIND $ties AS tie
MATCH (s:Entity {id: tie.a})
MATCH (t:Entity {id: tie.b})
WITH gds.graph.project($graph, s, t, {relationshipProperties: {weight: tie.weight, distance: tie.distance}},
  {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS g
RETURN g.nodeCount AS nodeCount
