// The entities within $depth undirected hops of one entity, and the relationships among them.
// $id; $depth (<= 3, the literal bound below); $limit: most entities to return; the scope parameters
// (src/domain/graph-scope.ts): $scope.kinds of entity to show and step through (the centre is always shown),
// $scope.relationTypes to follow, $modalities of the relationships followed and of the agreements and events reached.
// Nearest first, then the best connected, so a cut keeps the centre's surroundings.
// -> 0..1 row { nodes: [{entity, degree}], edges: [{id, type, source, target, evidence, modality, evidenceKind, sourceModalities, sources, date, dateResolved, dateBasis, datePrecision, linked}], total }
// linked: the date fields of the Agreement or Event the relationship points to (a relationship's own date comes first).
// Breadth first, one level at a time, each level made distinct before the next expands: a per-node
// shortest path (ANY SHORTEST) cost 415 ms at p50 at 100k entities, this 79 ms, with the same answers.
// A level beyond $depth expands nothing; its literal is the deepest allowed.
// A node's degree counts its relationships in the whole graph of the view's $modalities (every relationship joins two
// entities, so the far end needs no label check).
// A node view shows no evidence or search keys, so they stay in the database.
// $nodeProperties: whether the query shows a node's stored properties (or its sources); without them a node
// reads only its id, kind and names. $edgeFacts: whether it shows an edge's evidence or when it happened;
// without them the quotes, sources and linked dates stay in the database too.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:!PARTNERS_WITH]-(m:Entity)
  WHERE {{relationship-in-scope: r}} AND (size($scope.kinds) = 0 OR m.kind IN $scope.kinds) AND {{node-modality-in-scope: m}}
  WITH DISTINCT m
  RETURN collect(m) AS near
}
CALL (near) {
  UNWIND near AS a
  MATCH (a)-[r:!PARTNERS_WITH]-(m:Entity)
  WHERE $depth >= 2 AND {{relationship-in-scope: r}} AND (size($scope.kinds) = 0 OR m.kind IN $scope.kinds) AND {{node-modality-in-scope: m}}
  WITH DISTINCT m
  RETURN collect(m) AS second
}
CALL (second) {
  UNWIND second AS a
  MATCH (a)-[r:!PARTNERS_WITH]-(m:Entity)
  WHERE $depth >= 3 AND {{relationship-in-scope: r}} AND (size($scope.kinds) = 0 OR m.kind IN $scope.kinds) AND {{node-modality-in-scope: m}}
  WITH DISTINCT m
  RETURN collect(m) AS third
}
UNWIND [{n: c, d: 0}] + [x IN near | {n: x, d: 1}] + [x IN second | {n: x, d: 2}] + [x IN third | {n: x, d: 3}] AS hit
WITH hit.n AS n, min(hit.d) AS distance
WITH collect({n: n, distance: distance}) AS reached
UNWIND reached AS hit
WITH hit.n AS n, hit.distance AS distance, size(reached) AS total
WITH n, distance, total, COUNT { (n)-[d:!PARTNERS_WITH]-() WHERE {{relationship-modality-in-scope: d}} } AS degree
ORDER BY distance, degree DESC, n.id
LIMIT $limit
WITH collect({entity: CASE WHEN $nodeProperties THEN n {.*, evidence: null, attributes: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null}
                           ELSE n {.id, .kind, .name, .nameHant, .nameEn} END, degree: degree}) AS nodes, collect(n) AS kept, total
CALL (kept) {
  UNWIND kept AS a
  UNWIND kept AS b
  MATCH (a)-[r:!PARTNERS_WITH]->(b)
  WHERE {{relationship-in-scope: r}}
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, evidence: CASE WHEN $edgeFacts THEN r.evidence END,
                  modality: coalesce(r.modality, 'ACTUAL'), evidenceKind: coalesce(r.evidenceKind, 'STATED'),
                  sourceModalities: CASE WHEN $edgeFacts THEN r.sourceModalities END, sources: CASE WHEN $edgeFacts THEN r.sources END,
                  date: r.date, dateResolved: r.dateResolved, dateBasis: r.dateBasis, datePrecision: r.datePrecision,
                  linked: CASE WHEN $edgeFacts AND (b:Agreement OR b:Event) THEN b {.date, .dateResolved, .dateBasis, .datePrecision} END}) AS edges
}
RETURN nodes, edges, total
