// The publication date of each source, for facts that state no date of their own.
// Params:  $ids: [String] source ids
// Returns: rows { id: String, publishedOn: String | null }
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.publishedOn AS publishedOn
