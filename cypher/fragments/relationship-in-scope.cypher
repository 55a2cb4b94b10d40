// Fragment: whether the relationship {{relationship}} lies in the scope (src/domain/graph-scope.ts),
// spliced into a statement as {{relationship-in-scope: r}}. Params: $relationTypes, $sources, $modalities: [String]
(size($relationTypes) = 0 OR type({{relationship}}) IN $relationTypes)
  AND (size($sources) = 0 OR any(source IN {{relationship}}.sources WHERE source IN $sources))
  AND {{relationship-modality-in-scope: {{relationship}}}}
