// Waits (at most 120 s) until every index is online, so the first queries use them. Params: none. Returns: nothing.
CALL db.awaitIndexes(120)
