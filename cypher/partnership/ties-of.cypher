// The stored partnership ties of one entity with a strand of the asked kinds, with all their strands: at ENTITY
// level an entity's partners depend on its own ties only, so partners() reads these rather than every tie of the
// graph. The kinds filter leaves out the co-attendance ties (off by default, most of an entity's stored ties)
// before their strands are sent.
// Params:  $id: String; $kinds: [String] tie kinds
// Returns: rows { a, b: String (the stored direction, lower id first), strands: [String] }, ordered by the pair
MATCH (:Entity {id: $id})-[t:PARTNERS_WITH]-(:Entity)
WHERE any(k IN t.kinds WHERE k IN $kinds)
WITH startNode(t) AS a, endNode(t) AS b, t
RETURN a.id AS a, b.id AS b, t.strands AS strands
ORDER BY a, b
