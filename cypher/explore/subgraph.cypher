// The entities of a scope and the in-scope relationships among them, best connected first.
// Scope params (src/domain/graph-scope.ts): $kinds, $relationTypes, $corridor, $sources, $ids, $dateFrom, $dateTo;
// $limit: most entities to return.
// -> 1 row { nodes: [{entity, degree}], edges: [{id, type, source, target, evidence}], total }
MATCH (n:Entity)
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
  AND (size($ids) = 0 OR n.id IN $ids)
  AND (size($sources) = 0 OR any(s IN n.sources WHERE s IN $sources))
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR NOT n.kind IN ['Event', 'Agreement']
       OR (n.sortDate IS NOT NULL AND ($dateFrom IS NULL OR n.sortDate >= $dateFrom) AND ($dateTo IS NULL OR n.sortDate <= $dateTo)))
  AND ($corridor IS NULL OR n.id = $corridor
       OR EXISTS { (n)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
       OR EXISTS { (n)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
WITH n, COUNT { (n)--(:Entity) } AS degree
ORDER BY degree DESC, n.id
WITH collect({node: n, degree: degree}) AS ranked
WITH ranked[0..$limit] AS top, size(ranked) AS total
// A node view shows no evidence or search keys, so they stay in the database.
CALL (top) {
  UNWIND top AS t
  WITH t.node AS n, t.degree AS degree
  RETURN collect({entity: n {.*, evidence: null, attributes: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null}, degree: degree}) AS nodes
}
WITH nodes, [t IN top | t.node] AS kept, total
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept
    AND (size($relationTypes) = 0 OR type(r) IN $relationTypes)
    AND (size($sources) = 0 OR any(s IN r.sources WHERE s IN $sources))
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, evidence: r.evidence}) AS edges
}
RETURN nodes, edges, total
