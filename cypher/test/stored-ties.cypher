// Every stored partnership tie with what a reader sees of it (tie-upgrade.test.ts compares them before and after).
// Params:  none
// Returns: rows { a, b: String, kinds: [String], weight: Float, strands: [String] }
MATCH (a:Entity)-[t:PARTNERS_WITH]->(b:Entity)
RETURN a.id AS a, b.id AS b, t.kinds AS kinds, t.weight AS weight, t.strands AS strands
ORDER BY a, b
