// The entities a source states facts about: those it names, and both ends of every relationship it reports,
// whose partnership ties may take their dates from its page (src/seed/source-redate.ts).
// Params:  $source: String (a source id)
// Returns: rows { id: String }
CALL {
  MATCH (n:Entity)
  WHERE $source IN n.sources
  RETURN n.id AS id
  UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE $source IN r.sources
  UNWIND [a.id, b.id] AS id
  RETURN id
}
RETURN id
