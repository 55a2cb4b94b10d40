// Params:  none
// Returns: one row per source { id: String, file: String | null }
MATCH (s:Source) RETURN s.id AS id, s.file AS file
