// The relations a batch of sources states, page by page of their entities: a relation of a source always
// starts at an entity of the same source (a seed file's from and to name its own entities), so no page
// scans every relationship of the graph.
// Params:  $sources: [String] (the batch), $after: String (the last entity id of the previous page, "" for
//          the first), $limit: Integer, $types: [String] (the RelationType values: derived ties are not
//          exported)
// Returns: rows { id: String (the page's entity), relations: [{type, to, relation: map}] }, in id order
MATCH (a:Entity)
WHERE a.id > $after AND any(s IN a.sources WHERE s IN $sources)
WITH a
ORDER BY a.id
LIMIT $limit
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $types AND any(s IN r.sources WHERE s IN $sources)
  RETURN collect({type: type(r), to: b.id, relation: properties(r)}) AS relations
}
RETURN a.id AS id, relations
ORDER BY id
