// $kinds -> ids of entities of those kinds, in a stable order
MATCH (n:Entity) WHERE n.kind IN $kinds
RETURN n.id
ORDER BY n.id
