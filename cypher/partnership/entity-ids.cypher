// Every entity's id, in a stable order: a refresh of every partnership tie (tie-store.ts refreshEveryTie) writes
// the ties of each of them, a batch at a time.
// Params:  none
// Returns: rows { id: String }
MATCH (n:Entity)
RETURN n.id AS id
ORDER BY id
