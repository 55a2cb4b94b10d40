// A throwaway star of :GdsSmoke nodes (a hub linked to each leaf) for the GDS smoke test.
// Params:  $tag: String, $leaves: [String]
// Returns: nothing
CREATE (h:GdsSmoke {name: 'hub', tag: $tag})
WITH h
UNWIND $leaves AS leaf
CREATE (h)-[:LINK]->(:GdsSmoke {name: leaf, tag: $tag})
