// Fragment: whether the relationship {{relationship}} lies in the scope (src/domain/graph-scope.ts),
// spliced into a statement as {{relationship-in-scope: r}}.
// Params: $scope: {relationTypes, sources: [String]}; $modalities: [String]
(size($scope.relationTypes) = 0 OR type({{relationship}}) IN $scope.relationTypes)
  AND (size($scope.sources) = 0 OR any(source IN {{relationship}}.sources WHERE source IN $scope.sources))
  AND {{relationship-modality-in-scope: {{relationship}}}}
