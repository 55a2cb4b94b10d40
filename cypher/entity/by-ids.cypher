// $ids -> the entities' stored properties (order is restored by the caller)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN properties(n) AS entity
