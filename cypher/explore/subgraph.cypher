// The entities of a scope and the in-scope relationships among them, best connected first.
// Scope params (src/domain/graph-scope.ts): $scope {kinds, relationTypes, corridor, sources, ids, dateFrom, dateTo}, $modalities;
// $limit: most entities to return.
// -> 1 row { nodes: [{entity, degree}], edges: [{id, type, source, target, evidence, modality, evidenceKind, sourceModalities, sources, date, dateResolved, dateBasis, datePrecision, linked}], total }
// linked: the date fields of the Agreement or Event the relationship points to (a relationship's own date comes first).
MATCH (n:Entity)
WHERE {{node-in-scope: n}}
// A node's degree counts its relationships in the whole graph of the scope's $modalities.
WITH n, COUNT { (n)-[d:!PARTNERS_WITH]-(:Entity) WHERE {{relationship-modality-in-scope: d}} } AS degree
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
  MATCH (a)-[r:!PARTNERS_WITH]->(b:Entity)
  WHERE b IN kept
    AND {{relationship-in-scope: r}}
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, evidence: r.evidence,
                  modality: coalesce(r.modality, 'ACTUAL'), evidenceKind: coalesce(r.evidenceKind, 'STATED'),
                  sourceModalities: r.sourceModalities, sources: r.sources,
                  date: r.date, dateResolved: r.dateResolved, dateBasis: r.dateBasis, datePrecision: r.datePrecision,
                  linked: CASE WHEN b:Agreement OR b:Event THEN b {.date, .dateResolved, .dateBasis, .datePrecision} END}) AS edges
}
RETURN nodes, edges, total
