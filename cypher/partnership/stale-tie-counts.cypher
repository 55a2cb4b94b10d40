// How many stored partnership ties an earlier version wrote (tie-upgrade.ts rewrites such a store's ties once), in
// one pass over them: those with co-attendance strands, from before co-attendance was derived instead of stored,
// and those without an evidence kind, from before ties and their strands carried one.
// Params:  $kind: String the co-attendance tie kind
// Returns: 1 row { coAttendance, noEvidenceKind: Integer }
MATCH ()-[t:PARTNERS_WITH]->()
RETURN count(CASE WHEN $kind IN t.kinds THEN 1 END) AS coAttendance,
       count(CASE WHEN t.evidenceKind IS NULL THEN 1 END) AS noEvidenceKind
