// The facts a source states whose resolved date is read from a page's date (src/seed/page-date.ts, PAGE_BASES).
// Params:  $source: String (a source id); $bases: [String] date bases
// Returns: rows { id: String, from, to: String | null (a relationship's ends; null for an entity), date,
//          dateResolved, dateBasis: String | null }
MATCH (n:Entity)
WHERE $source IN n.sources AND n.dateBasis IN $bases
RETURN n.id AS id, null AS from, null AS to, n.date AS date, n.dateResolved AS dateResolved, n.dateBasis AS dateBasis
UNION ALL
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $source IN r.sources AND r.dateBasis IN $bases
RETURN r.id AS id, a.id AS from, b.id AS to, r.date AS date, r.dateResolved AS dateResolved, r.dateBasis AS dateBasis
