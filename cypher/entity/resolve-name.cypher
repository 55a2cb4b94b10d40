// $id, $exact ("|key|") -> the entity with id $id, and entities one of whose normalised names is exactly the key.
// Both branches use an index (the id constraint, the TEXT index on searchKeyText).
CALL () {
  MATCH (n:Entity {id: $id})
  RETURN n
  UNION
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS $exact
  RETURN n
}
RETURN n.id AS id, n.name AS name, n.kind AS kind
ORDER BY id
LIMIT 20
