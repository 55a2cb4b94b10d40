// Whether the database is empty before a bulk load (`npm run seed -- --bulk`), which only builds a new store.
// Params:  none
// Returns: 1 row { nodes: Integer }, every node of any label
MATCH (n)
RETURN count(n) AS nodes
