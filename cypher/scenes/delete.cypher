// Deletes one saved scene.
// Params:  $id: String
// Returns: 1 row { deleted: Integer } (0 when no scene has that id)
OPTIONAL MATCH (s:SavedScene {id: $id})
WITH s, count(s) AS deleted
DETACH DELETE s
RETURN deleted
