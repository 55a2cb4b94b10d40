// Params:  $corridor: String
// Returns: 0..1 row { id: String }
MATCH (c:Corridor {id: $corridor})
RETURN c.id AS id
