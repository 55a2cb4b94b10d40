// Test runs only: removes what test/create-large-scope made.
// Params:  $source: String
MATCH (n:Entity) WHERE $source IN n.sources
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
