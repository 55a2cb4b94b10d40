// One page of the entities of a batch of sources, in id order, for `npm run export`. One pass serves
// every source of the batch: a pass per source made an export grow with sources × entities.
// Params:  $sources: [String] (the batch), $after: String (the last id of the previous page, "" for the
//          first), $limit: Integer
// Returns: rows { entity: map (the node's properties) }
MATCH (n:Entity)
WHERE n.id > $after AND any(s IN n.sources WHERE s IN $sources)
RETURN properties(n) AS entity
ORDER BY n.id
LIMIT $limit
