// Saves a named explorer scene, or replaces the one of that name, with who saved it and when.
// Params:  $id: String (fresh; kept only when the name is new), $name: String, $state: String (the scene's
//          address fragment), $nodes: Integer, $keyId: String | null
// Returns: 1 row { scene: map with savedAt as an ISO string }
MERGE (s:SavedScene {name: $name})
  ON CREATE SET s.id = $id
SET s.state = $state, s.nodes = $nodes, s.savedAt = datetime(), s.savedBy = $keyId
RETURN s {.id, .name, .state, .nodes, savedAt: toString(s.savedAt)} AS scene
