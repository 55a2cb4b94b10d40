// Test runs only: empties Neo4j's plan caches; the message says how many plans were cached.
// Params:  none
// Returns: 1 row { value: String } ("Query caches successfully cleared of N queries." or "Query cache already empty.")
CALL db.clearQueryCaches()
