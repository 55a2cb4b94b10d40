// -> cities with the events held in them. An event held in a district counts for the district and
// for its city, as in the events(filter: {city}) list.
MATCH (e:Event)-[:HELD_IN]->(:City)-[:LOCATED_IN*0..1]->(c:City)
RETURN properties(c) AS city, count(DISTINCT e) AS count
ORDER BY count DESC, city.id
