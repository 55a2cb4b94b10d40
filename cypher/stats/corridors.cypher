// -> every corridor with its member count (the central city counts as a member) and central city
MATCH (k:Corridor)
OPTIONAL MATCH (k)<-[:CENTRAL_CITY_OF]-(central:City)
WITH k, head(collect(properties(central))) AS centralCity
RETURN properties(k) AS corridor,
       COUNT { MATCH (m:Entity) WHERE (m)-[:MEMBER_OF|CENTRAL_CITY_OF]->(k) } AS memberCount,
       centralCity
ORDER BY memberCount DESC, k.id
