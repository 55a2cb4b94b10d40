// $names: [{id, exact ("|key|")}] -> for each position i, up to 20 candidates ordered by id: the entity with
// id $names[i].id, and entities one of whose normalised names is exactly the key. Both ends of a path are
// resolved in this one statement. Both branches use an index (the id constraint, the TEXT index on searchKeyText).
UNWIND range(0, size($names) - 1) AS i
CALL (i) {
  MATCH (n:Entity {id: $names[i].id})
  RETURN n
  UNION
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS $names[i].exact
  RETURN n
}
WITH i, n
ORDER BY i, n.id
WITH i, collect({id: n.id, name: n.name, kind: n.kind})[0..20] AS candidates
RETURN i, candidates
