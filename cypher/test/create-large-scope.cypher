// Test runs only: a random network of $nodes entities and about $nodes * $degree links, all attributed to
// source $source, big enough that exact betweenness over it runs for many seconds.
// Params:  $source: String, $nodes: Integer, $degree: Integer
// Returns: 1 row { nodes: Integer }
UNWIND range(0, $nodes - 1) AS i
CREATE (:Entity:Enterprise {id: $source + '-n' + i, kind: 'Enterprise', name: 'n' + i, sources: [$source]})
WITH count(*) AS nodes
MATCH (a:Entity) WHERE $source IN a.sources
WITH a, nodes
UNWIND range(1, $degree) AS j
MATCH (b:Entity {id: $source + '-n' + toInteger(rand() * nodes)})
CREATE (a)-[:COOPERATES_WITH {sources: [$source]}]->(b)
RETURN nodes
