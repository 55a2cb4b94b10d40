// $type, $from, $to -> the relationship (type, from, to) with the entity at its end, as entity/relations returns them
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
RETURN properties(r) AS relation, properties(b) AS other
