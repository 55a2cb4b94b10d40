// Projects the tagged star into the GDS catalog as an undirected graph.
// Params:  $tag: String, $graph: String
// Returns: 1 row { nodes: Integer }
MATCH (s:GdsSmoke {tag: $tag})
OPTIONAL MATCH (s)-[r:LINK]->(t:GdsSmoke {tag: $tag})
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes
