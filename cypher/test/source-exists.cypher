// Params:  $source: String
// Returns: 1 row { sources: Integer (0 or 1), entities: Integer (entities that name the source) }
OPTIONAL MATCH (s:Source {id: $source})
WITH count(s) AS sources
OPTIONAL MATCH (n:Entity) WHERE $source IN n.sources
RETURN sources, count(n) AS entities
