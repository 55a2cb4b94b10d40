// Sets (or, with null, clears) the modality of one agreement or event, as a version-2 seed file would state it.
// Params:  $id: String (an entity id), $modality: String | null
// Returns: rows { id: String }
MATCH (n:Entity {id: $id})
SET n.modality = $modality
RETURN n.id AS id
