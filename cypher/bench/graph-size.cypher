// -> entities and relationships in the graph
MATCH (n:Entity)
WITH count(n) AS n
MATCH ()-[r]->()
RETURN n, count(r) AS r
