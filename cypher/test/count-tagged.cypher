// Test only: how many nodes a test made with its tag (labels vary by test, so none is named).
// Params:  $tag: String
// Returns: 1 row { nodes: Integer }
MATCH (n)
WHERE n.tag = $tag
RETURN count(n) AS nodes
