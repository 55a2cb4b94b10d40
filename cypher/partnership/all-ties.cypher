// Every stored partnership tie with a strand of the asked kinds, with all its strands (kinds, modality, dates,
// sources, evidence as JSON). `t.kinds` lists the kinds of its strands, so a tie left out here has no strand the
// question keeps: co-attendance, off by default, is most of the stored ties (97% at 2,000 generated entities).
// Params:  $kinds: [String] tie kinds
// Returns: rows { a, b: String, strands: [String] }, ordered by the pair
MATCH (a:Entity)-[t:PARTNERS_WITH]->(b:Entity)
WHERE any(k IN t.kinds WHERE k IN $kinds)
RETURN a.id AS a, b.id AS b, t.strands AS strands
ORDER BY a, b
