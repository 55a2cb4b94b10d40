// Test runs only: every relationship with the ids of its ends, its type and its properties, for a
// content checksum computed by the caller. -> rows {from, type, to, properties: map}
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
