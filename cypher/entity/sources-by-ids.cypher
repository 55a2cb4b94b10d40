// Sources by id, for the per-request source loader.
// Params:  $ids: [String]
// Returns: one row per known id { source: the Source node's properties }
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN properties(s) AS source
