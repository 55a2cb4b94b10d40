// Test runs only: how many nodes carry an id, and how many relationships of a type join two ids.
// Params:  $id, $from, $to, $type: String
// Returns: 1 row { nodes: Integer, relations: Integer }
RETURN COUNT { MATCH (n:Entity {id: $id}) } AS nodes,
       COUNT { MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type } AS relations
