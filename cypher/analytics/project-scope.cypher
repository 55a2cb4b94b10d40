// Projects the entities and relationships of a scope into the GDS catalog as one undirected graph, in one statement:
// the way for a scope of more pairs than analytics/scope-pairs hands over. gds.graph.project plans this whole statement
// again (EXPLAIN without parameters, never cached) on every call, 220-780 ms, small beside projecting such a scope.
// Params:  $graph: String (a fresh name), and the scope params of src/domain/graph-scope.ts:
//          $scope {kinds, relationTypes, sources, ids: [String]; corridor, dateFrom, dateTo: String | null}, $modalities: [String]
// Returns: 1 row { nodeCount, relationshipCount: Integer | null }; null when the scope is empty, and then no graph exists
// Each pair of linked entities becomes one edge, whatever the number, types and directions of the
// relationships between them: the measures are about who is linked to whom, not how often it is said.
MATCH (s:Entity)
WHERE {{node-in-scope: s}}
// Only the pair's lower end emits the edge, so an undirected pair is never projected twice.
OPTIONAL MATCH (s)-[r:!PARTNERS_WITH]-(t:Entity)
WHERE elementId(s) < elementId(t)
  AND {{relationship-in-scope: r}}
  AND {{node-in-scope: t}}
WITH DISTINCT s, t
// Rows arrive from one Cypher thread; building with more threads only added coordination
// (seed graph, 2 cores: 65 ms with one thread, 95-300 ms with the default four).
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
