// $first -> the cities with the most partners, by the meaning of entity/partners.cypher: what the city,
// or anything located in it, cooperates with or shares an agreement with, minus things inside the city.
MATCH (c:City)
OPTIONAL MATCH (inside:Entity)-[:LOCATED_IN*1..2]->(c)
WITH c, [c] + collect(DISTINCT inside) AS members
UNWIND members AS member
CALL (member) {
  MATCH (member)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(p:Entity)
  RETURN p
  UNION
  MATCH (member)-[:COOPERATES_WITH]-(p:Entity)
  RETURN p
}
WITH c, members, collect(DISTINCT p) AS partners
WITH c, size([p IN partners WHERE NOT p IN members]) AS count
WHERE count > 0
RETURN properties(c) AS city, count
ORDER BY count DESC, c.id
LIMIT $first
