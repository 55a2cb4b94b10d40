OPTIONAL MATCH (s:Source {id: $source})
WITH count(s) AS sources
OPTIONAL MATCH (n:Entity) WHERE $source IN n.sources
RETURN sources, count(n) AS entities
