// Test runs only: every node's labels and properties, for a content checksum computed by the caller
// (Community has no hash function without APOC). Sorted there, so the order here does not matter.
// -> rows {labels: [String], properties: map}
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
