// Every stored partnership tie with its strands (kinds, modality, dates, sources, evidence as JSON).
// Params:  none
// Returns: rows { a, b: String, strands: [String] }, ordered by the pair
MATCH (a:Entity)-[t:PARTNERS_WITH]->(b:Entity)
RETURN a.id AS a, b.id AS b, t.strands AS strands
ORDER BY a, b
