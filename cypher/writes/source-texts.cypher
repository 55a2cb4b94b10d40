// The sources a write's quotes name, each with its article text (null when none is stored).
// Params:  $ids: [String]
// Returns: source (the Source's properties), text
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (t:SourceText {id: id})
RETURN properties(s) AS source, t.text AS text
