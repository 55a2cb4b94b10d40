// Sets (or, with null, clears) the modality of one relationship, as a version-2 seed file would state it.
// Params:  $id: String (a relationship id), $modality: String | null
// Returns: rows { from: String, to: String }
MATCH (a:Entity)-[r {id: $id}]->(b:Entity)
SET r.modality = $modality
RETURN a.id AS from, b.id AS to
