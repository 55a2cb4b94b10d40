// How many stored partnership ties carry a strand of a kind: a store written before co-attendance was derived
// instead of stored still holds co-attendance strands (tie-upgrade.ts rewrites its ties once).
// Params:  $kind: String tie kind
// Returns: 1 row { ties: Integer }
MATCH ()-[t:PARTNERS_WITH]->()
WHERE $kind IN t.kinds
RETURN count(t) AS ties
