// Waits until every index is online (a freshly loaded graph may still be populating one).
// Params:  none
// Returns: nothing
CALL db.awaitIndexes(300)
