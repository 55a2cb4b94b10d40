// -> every entity's name, in a stable order
MATCH (n:Entity)
RETURN n.name
ORDER BY n.id
