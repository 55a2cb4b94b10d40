// The saved scenes by name.
// Params:  $first: Integer
// Returns: up to $first rows { scene: map with savedAt as an ISO string }
MATCH (s:SavedScene)
WITH s ORDER BY s.name
LIMIT $first
RETURN s {.id, .name, .state, .nodes, savedAt: toString(s.savedAt)} AS scene
