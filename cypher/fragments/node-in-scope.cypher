// Fragment: whether the node {{node}} lies in the scope (src/domain/graph-scope.ts), spliced into a
// statement as {{node-in-scope: n}}. Params: $kinds, $ids, $sources, $modalities: [String]; $corridor, $dateFrom, $dateTo: String | null
(size($kinds) = 0 OR {{node}}.kind IN $kinds)
  AND (size($ids) = 0 OR {{node}}.id IN $ids)
  AND (size($sources) = 0 OR any(source IN {{node}}.sources WHERE source IN $sources))
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR NOT {{node}}.kind IN ['Event', 'Agreement']
       OR ({{node}}.sortDate IS NOT NULL AND ($dateFrom IS NULL OR {{node}}.sortDate >= $dateFrom) AND ($dateTo IS NULL OR {{node}}.sortDate <= $dateTo)))
  AND {{node-modality-in-scope: {{node}}}}
  AND ($corridor IS NULL OR {{node}}.id = $corridor
       OR EXISTS { ({{node}})-[:MEMBER_OF|CENTRAL_CITY_OF|PART_OF]->(:Corridor {id: $corridor}) }
       OR EXISTS { ({{node}})-[:!PARTNERS_WITH]-(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
