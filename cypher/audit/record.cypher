// Records who wrote what, when: one AuditEntry per write, and on everything the write touched the key id,
// role and time of its last write.
// Params:  $id: String (fresh), $keyId: String | null, $role: String, $operation: String,
//          $entityIds: [String], $sourceIds: [String], $relations: [{type, from, to}], $scenes: [String] (saved scenes' names)
// Returns: 1 row { at: DateTime }
WITH datetime() AS at
CREATE (a:AuditEntry {id: $id, at: at, keyId: $keyId, role: $role, operation: $operation,
                      entityIds: $entityIds, sourceIds: $sourceIds, scenes: $scenes,
                      relations: [r IN $relations | r.type + ' ' + r.from + ' -> ' + r.to]})
WITH a, at
CALL (at) {
  MATCH (n:Entity) WHERE n.id IN $entityIds
  SET n.writtenBy = $keyId, n.writtenByRole = $role, n.writtenAt = at
}
CALL (at) {
  MATCH (s:Source) WHERE s.id IN $sourceIds
  SET s.writtenBy = $keyId, s.writtenByRole = $role, s.writtenAt = at
}
CALL (at) {
  UNWIND $relations AS r
  MATCH (:Entity {id: r.from})-[rel]->(:Entity {id: r.to})
  WHERE type(rel) = r.type
  SET rel.writtenBy = $keyId, rel.writtenByRole = $role, rel.writtenAt = at
}
RETURN at
