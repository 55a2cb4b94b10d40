// Every source, with its article's text (kept beside the Source node), for `npm run export`.
// Params:  none
// Returns: rows { source: map (the Source's properties), text: String | null }, in id order
MATCH (s:Source)
OPTIONAL MATCH (t:SourceText {id: s.id})
RETURN properties(s) AS source, t.text AS text
ORDER BY s.id
