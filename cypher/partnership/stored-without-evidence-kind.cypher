// How many stored partnership ties were written before ties and their strands carried an evidence kind
// (tie-upgrade.ts rewrites such a store's ties once).
// Params:  none
// Returns: 1 row { ties: Integer }
MATCH ()-[t:PARTNERS_WITH]->()
WHERE t.evidenceKind IS NULL
RETURN count(t) AS ties
