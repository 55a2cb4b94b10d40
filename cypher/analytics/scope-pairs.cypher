// The entities of a scope and their linked pairs, the edges analytics/project-pairs projects.
// Params:  $maxPairs: Integer, and the scope params of src/domain/graph-scope.ts:
//          $scope {kinds, relationTypes, sources, ids: [String]; corridor, dateFrom, dateTo: String | null}, $modalities: [String]
// Returns: 1 row { pairs: [[String, String | null]] | null }: [elementId(s), elementId(t)] per linked pair, and
//          [elementId(s), null] for an entity linked to nothing in scope; [] for an empty scope; null when there
//          are more than $maxPairs rows (the scope is then projected by analytics/project-scope, in one statement)
// Why apart from the projection: gds.graph.project EXPLAINs the whole statement that calls it, without its
// parameters and never from the plan cache, to estimate rows for its progress log. With the scope predicate
// spliced in twice that plan took 220-780 ms per request; this statement is planned once and cached.
// Each pair of linked entities becomes one edge, whatever the number, types and directions of the
// relationships between them: the measures are about who is linked to whom, not how often it is said.
MATCH (s:Entity)
WHERE {{node-in-scope: s}}
// Only the pair's lower end emits the edge, so an undirected pair is never projected twice.
OPTIONAL MATCH (s)-[r:!PARTNERS_WITH]-(t:Entity)
// Hash-joined on s like analytics/project-scope (the other side built, so rows may come in another order):
// t's scope is tested once per entity. Without the hint the LIMIT below makes the planner test it once per
// relationship (1k generated network, corridor scopes: twice the database hits, 55-65 ms instead of 35-40 ms).
USING JOIN ON s
WHERE elementId(s) < elementId(t)
  AND {{relationship-in-scope: r}}
  AND {{node-in-scope: t}}
WITH DISTINCT s, t
// A big scope stops here: its rows are not worth carrying through the service (src/analytics/analytics.repository.ts).
LIMIT $maxPairs + 1
// GDS numbers nodes as it first meets them, and label propagation's and Louvain's ties depend on it. Rows in plan
// order made the same question of the same data give another partition when Neo4j replanned the statement; in
// the entities' own ids' order it gives one.
WITH s, t
ORDER BY s.id, t.id
WITH collect([elementId(s), elementId(t)]) AS pairs
RETURN CASE WHEN size(pairs) > $maxPairs THEN null ELSE pairs END AS pairs
