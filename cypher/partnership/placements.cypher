// Where each entity with a partnership tie sits, for the CITY and CORRIDOR levels: the top-level cities it is
// LOCATED_IN (itself, for a city; a district rolls up to its city), else, for a person or a body without a
// place, the cities of what it is AFFILIATED_WITH or HOLDS_OFFICE_IN; and the corridors of those cities.
// With $coAttendance, also every entity that attended or spoke at an event: co-attendance ties are derived when a
// question asks for them, not stored (co-attendance-all.cypher).
// Params:  $coAttendance: Boolean
// Returns: rows { id: String, cities: [String], corridors: [String] }
MATCH (e:Entity)
WHERE EXISTS { (e)-[:PARTNERS_WITH]-() } OR ($coAttendance AND EXISTS { (e)-[:ATTENDED|SPOKE_AT]->(:Event) })
CALL (e) {
  OPTIONAL MATCH (e)-[:LOCATED_IN*0..3]->(c:City)
  WHERE NOT EXISTS { (c)-[:LOCATED_IN]->(:City) }
  RETURN collect(DISTINCT c) AS own
}
CALL (e, own) {
  OPTIONAL MATCH (e)-[:AFFILIATED_WITH|HOLDS_OFFICE_IN]->(:Entity)-[:LOCATED_IN*0..3]->(c:City)
  WHERE size(own) = 0 AND NOT EXISTS { (c)-[:LOCATED_IN]->(:City) }
  WITH own, collect(DISTINCT c) AS affiliated
  RETURN own + affiliated AS cities
}
CALL (cities) {
  UNWIND (CASE WHEN size(cities) = 0 THEN [null] ELSE cities END) AS c
  OPTIONAL MATCH (c)-[:MEMBER_OF|CENTRAL_CITY_OF]->(k:Corridor)
  RETURN collect(DISTINCT k.id) AS corridors
}
RETURN e.id AS id, [c IN cities | c.id] AS cities, corridors
