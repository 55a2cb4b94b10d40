// Forgets every cached plan, so each counted statement is planned on the settled statistics.
// Params:  none
// Returns: 1 row (a message)
CALL db.clearQueryCaches()
