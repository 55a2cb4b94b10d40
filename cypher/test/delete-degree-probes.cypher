// Test only: removes the :DegreeProbe nodes (and their relationships) of one test.
// Params:  $tag: String
// Returns: nothing
MATCH (p:DegreeProbe {tag: $tag}) DETACH DELETE p
