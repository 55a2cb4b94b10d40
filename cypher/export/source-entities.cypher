// One page of a source's entities, in id order, for `npm run export`.
// Params:  $source: String, $after: String (the last id of the previous page, "" for the first), $limit: Integer
// Returns: rows { entity: map (the node's properties) }
MATCH (n:Entity)
WHERE n.id > $after AND $source IN n.sources
RETURN properties(n) AS entity
ORDER BY n.id
LIMIT $limit
