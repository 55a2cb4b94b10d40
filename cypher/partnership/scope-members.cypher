// The entities a scope covers, by the scope predicate the analytics use, to cut a partnership network to them
// (a corridor: the corridor, its member cities and what is directly linked to them).
// Params:  the scope parameters (src/domain/graph-scope.ts): $scope {kinds, relationTypes, corridor, sources, ids,
//          dateFrom, dateTo}, $modalities
// Returns: 1 row { ids: [String], corridorFound: Boolean (true when no corridor is asked for) }
OPTIONAL MATCH (n:Entity)
WHERE {{node-in-scope: n}}
RETURN collect(n.id) AS ids, $scope.corridor IS NULL OR EXISTS { (:Corridor {id: $scope.corridor}) } AS corridorFound
