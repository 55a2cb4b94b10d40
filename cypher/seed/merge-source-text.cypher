// A source's article text, kept beside the Source node (not on it) so that reading sources for evidence
// never carries whole articles.
// Params:  $id: String (the source id), $text: String
// Returns: nothing
MERGE (t:SourceText {id: $id})
SET t.text = $text
