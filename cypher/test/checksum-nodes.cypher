// Test runs only: every node's labels and properties, for a content checksum computed by the caller
// (Community has no hash function without APOC). Sorted there, so the order here does not matter. The partnership
// network's version token is left out: it is random on every write, not a fact (bump-version.cypher).
// -> rows {labels: [String], properties: map}
MATCH (n)
WHERE NOT n:NetworkVersion
RETURN labels(n) AS labels, properties(n) AS properties
