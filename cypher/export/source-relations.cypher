// The relations a source states, page by page of its entities: a relation of a source always starts at
// an entity of the same source (a seed file's from and to name its own entities), so no page scans
// every relationship of the graph.
// Params:  $source: String, $after: String (the last entity id of the previous page, "" for the first),
//          $limit: Integer, $types: [String] (the RelationType values: derived ties are not exported)
// Returns: rows { id: String (the page's entity), relations: [{type, to, relation: map}] }, in id order
MATCH (a:Entity)
WHERE a.id > $after AND $source IN a.sources
WITH a
ORDER BY a.id
LIMIT $limit
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $types AND $source IN r.sources
  RETURN collect({type: type(r), to: b.id, relation: properties(r)}) AS relations
}
RETURN a.id AS id, relations
ORDER BY id
