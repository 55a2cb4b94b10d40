// $queries: [{key, ids, types ([] = any), direction ("OUT" | "IN" | "BOTH"), kinds ([] = any kind at the other end)}]
// -> each relation of each entity with the entity at its other end, per query. All the link fields a
// GraphQL request asks for at one depth share this one statement (one transaction, not one per field).
UNWIND $queries AS q
UNWIND q.ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE (size(q.types) = 0 OR type(r) IN q.types)
  AND (size(q.kinds) = 0 OR m.kind IN q.kinds)
  AND (q.direction = 'BOTH' OR (q.direction = 'OUT') = (startNode(r) = n))
RETURN q.key AS query, id, type(r) AS type, properties(r) AS relation, startNode(r) = n AS outgoing, properties(m) AS other
ORDER BY query, id, type, other.name
