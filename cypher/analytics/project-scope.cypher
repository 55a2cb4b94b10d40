// Projects the entities and relationships of a scope into the GDS catalog as one undirected graph.
// Params:  $graph: String (a fresh name), and the scope params of src/domain/graph-scope.ts:
//          $kinds, $relationTypes, $sources, $ids: [String]; $corridor, $dateFrom, $dateTo: String | null
// Returns: 1 row { nodeCount: Integer | null }; null when the scope is empty, and then no graph exists
// Each pair of linked entities becomes one edge, whatever the number, types and directions of the
// relationships between them: the measures are about who is linked to whom, not how often it is said.
MATCH (s:Entity)
WHERE (size($kinds) = 0 OR s.kind IN $kinds)
  AND (size($ids) = 0 OR s.id IN $ids)
  AND (size($sources) = 0 OR any(x IN s.sources WHERE x IN $sources))
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR NOT s.kind IN ['Event', 'Agreement']
       OR (s.sortDate IS NOT NULL AND ($dateFrom IS NULL OR s.sortDate >= $dateFrom) AND ($dateTo IS NULL OR s.sortDate <= $dateTo)))
  AND ($corridor IS NULL OR s.id = $corridor
       OR EXISTS { (s)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
       OR EXISTS { (s)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
// Only the pair's lower end emits the edge, so an undirected pair is never projected twice.
OPTIONAL MATCH (s)-[r]-(t:Entity)
WHERE elementId(s) < elementId(t)
  AND (size($relationTypes) = 0 OR type(r) IN $relationTypes)
  AND (size($sources) = 0 OR any(x IN r.sources WHERE x IN $sources))
  AND (size($kinds) = 0 OR t.kind IN $kinds)
  AND (size($ids) = 0 OR t.id IN $ids)
  AND (size($sources) = 0 OR any(x IN t.sources WHERE x IN $sources))
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR NOT t.kind IN ['Event', 'Agreement']
       OR (t.sortDate IS NOT NULL AND ($dateFrom IS NULL OR t.sortDate >= $dateFrom) AND ($dateTo IS NULL OR t.sortDate <= $dateTo)))
  AND ($corridor IS NULL OR t.id = $corridor
       OR EXISTS { (t)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
       OR EXISTS { (t)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
WITH DISTINCT s, t
// Rows arrive from one Cypher thread; building with more threads only added coordination
// (seed graph, 2 cores: 65 ms with one thread, 95-300 ms with the default four).
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS g
RETURN g.nodeCount AS nodeCount
