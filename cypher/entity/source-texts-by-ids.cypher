// Article texts by source id, for the per-request source text loader; read only when a client asks for a text or a
// quote's place in it, since an article is far larger than its Source node.
// Params:  $ids: [String]
// Returns: one row per source with a stored text { id, text }
UNWIND $ids AS id
MATCH (t:SourceText {id: id})
RETURN id, t.text AS text
