// -> cities with the agreements their parties signed. A party counts for itself when it is a city,
// and for the city (and the district) it is located in, as in the agreements(filter: {city}) list.
MATCH (a:Agreement)<-[:PARTY_TO]-(:Entity)-[:LOCATED_IN*0..2]->(c:City)
RETURN properties(c) AS city, count(DISTINCT a) AS count
ORDER BY count DESC, city.id
