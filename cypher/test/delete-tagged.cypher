// Removes the :GdsSmoke nodes of one smoke test.
// Params:  $tag: String
// Returns: nothing
MATCH (n:GdsSmoke {tag: $tag}) DETACH DELETE n
