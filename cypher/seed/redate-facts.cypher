// Stores the dates that a source's new page date gives its page-dated facts (src/seed/source-redate.ts).
// Params:  $entities: [{id, fields}]; $relations: [{id, from, to, fields}]; fields: {dateResolved, datePrecision,
//          sortDate: String, year: Float}
// Returns: 1 row { redated: Integer }
CALL {
  UNWIND $entities AS row
  MATCH (n:Entity {id: row.id})
  SET n += row.fields
  RETURN count(n) AS entities
}
CALL {
  UNWIND $relations AS row
  MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
  WHERE r.id = row.id
  SET r += row.fields
  RETURN count(r) AS relations
}
RETURN entities + relations AS redated
