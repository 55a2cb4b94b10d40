// $ids, $types ([] = any), $direction ("OUT" | "IN" | "BOTH"), $kinds ([] = any kind at the other end)
// -> each relation of each entity with the entity at its other end
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (size($kinds) = 0 OR m.kind IN $kinds)
  AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
RETURN id, type(r) AS type, properties(r) AS relation, startNode(r) = n AS outgoing, properties(m) AS other
ORDER BY id, type, other.name
