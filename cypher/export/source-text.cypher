// One source's article text, read when its file is written (never every article at once).
// Params:  $id: String
// Returns: 0 or 1 row { text: String }
MATCH (t:SourceText {id: $id})
RETURN t.text AS text
