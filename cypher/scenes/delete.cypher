// Deletes one saved scene.
// Params:  $id: String
// Returns: 1 row { deleted: Integer, name: String | null } (0 and null when no scene has that id; the name is for the audit entry)
OPTIONAL MATCH (s:SavedScene {id: $id})
WITH s, count(s) AS deleted, s.name AS name
DETACH DELETE s
RETURN deleted, name
