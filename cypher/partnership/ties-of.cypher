// The stored partnership ties of one entity with their strands: at ENTITY level an entity's partners depend on
// its own ties only, so partners() reads these rather than every tie of the graph.
// Params:  $id: String
// Returns: rows { a, b: String (the stored direction, lower id first), strands: [String] }, ordered by the pair
MATCH (:Entity {id: $id})-[t:PARTNERS_WITH]-(:Entity)
WITH startNode(t) AS a, endNode(t) AS b, t
RETURN a.id AS a, b.id AS b, t.strands AS strands
ORDER BY a, b
