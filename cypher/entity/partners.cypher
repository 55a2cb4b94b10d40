// $ids -> for each entity, its partners: entities it (or anything located in it, for a city)
// cooperates with, or that are party to an agreement it is party to. Things inside the same
// city are not partners of that city.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (inside:Entity)-[:LOCATED_IN*1..2]->(n)
WITH n, id, [n] + collect(DISTINCT inside) AS members
UNWIND members AS member
CALL (member) {
  MATCH (member)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(p:Entity)
  RETURN p
  UNION
  MATCH (member)-[:COOPERATES_WITH]-(p:Entity)
  RETURN p
}
WITH id, members, collect(DISTINCT p) AS partners
RETURN id, [p IN partners WHERE NOT p IN members | properties(p)] AS partners
