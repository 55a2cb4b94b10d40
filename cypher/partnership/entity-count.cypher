// How many entities the graph holds: a load that touched most of them recomputes every partnership tie
// (tie-store.ts refreshTiesAfterLoad).
// Params:  none
// Returns: 1 row { entities: Integer }
MATCH (n:Entity)
RETURN count(n) AS entities
