// Test only: raises an entity's degree by $count relationships to fresh :DegreeProbe nodes (no :Entity label, so no
// list or search sees them), to show that a ranking follows degree; test/delete-degree-probes removes them.
// Params:  $id: String, $count: Integer, $tag: String
// Returns: nothing
MATCH (a:Entity {id: $id})
UNWIND range(1, $count) AS i
CREATE (a)-[:COOPERATES_WITH {tag: $tag}]->(:DegreeProbe {tag: $tag})
