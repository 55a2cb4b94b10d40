// Test runs only: $id -> takes the write lock on one entity, held until the caller's transaction ends,
// so that a write to it waits past its timeout.
MATCH (n:Entity {id: $id})
SET n.lockedByTest = true
RETURN n.id AS id
