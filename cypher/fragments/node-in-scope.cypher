// Fragment: whether the node {{node}} lies in the scope (src/domain/graph-scope.ts), spliced into a
// statement as {{node-in-scope: n}}.
// Params: $scope: {kinds, ids, sources: [String]; corridor, dateFrom, dateTo: String | null}; $modalities: [String]
(size($scope.kinds) = 0 OR {{node}}.kind IN $scope.kinds)
  AND (size($scope.ids) = 0 OR {{node}}.id IN $scope.ids)
  AND (size($scope.sources) = 0 OR any(source IN {{node}}.sources WHERE source IN $scope.sources))
  AND (($scope.dateFrom IS NULL AND $scope.dateTo IS NULL) OR NOT {{node}}.kind IN ['Event', 'Agreement']
       OR ({{node}}.sortDate IS NOT NULL AND ($scope.dateFrom IS NULL OR {{node}}.sortDate >= $scope.dateFrom) AND ($scope.dateTo IS NULL OR {{node}}.sortDate <= $scope.dateTo)))
  AND {{node-modality-in-scope: {{node}}}}
  AND ($scope.corridor IS NULL OR {{node}}.id = $scope.corridor
       OR EXISTS { ({{node}})-[:MEMBER_OF|CENTRAL_CITY_OF|PART_OF]->(:Corridor {id: $scope.corridor}) }
       OR EXISTS { ({{node}})-[:!PARTNERS_WITH]-(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $scope.corridor}) })
