// Test runs only: a random network of $nodes entities and $nodes * $degree links, all attributed to
// source $source, big enough that exact betweenness over it runs for many seconds.
// Params:  $source: String, $nodes: Integer, $degree: Integer
// Returns: 1 row { nodes: Integer }
UNWIND range(0, $nodes - 1) AS i
CREATE (n:Entity:Enterprise {id: $source + '-n' + i, kind: 'Enterprise', name: 'n' + i, sources: [$source]})
WITH collect(n) AS pool
UNWIND pool AS a
UNWIND range(1, $degree) AS j
WITH pool, a, pool[toInteger(rand() * size(pool))] AS b
CREATE (a)-[:COOPERATES_WITH {sources: [$source]}]->(b)
RETURN size(collect(DISTINCT a)) AS nodes
