// A filtered, sorted page of entities with the total count.
// $kinds; $filter: {corridor, city, industry, source (ids or null), dateFrom, dateTo (sortable partial dates or null)};
// $sort ("NAME" | "DATE" | "DEGREE"), $descending, $skip, $limit; $modalities: which facts count, an agreement or
// event by its own modality and every link the city, corridor and industry conditions follow by the link's, and
// the relationships DEGREE counts.
// The candidates come from the most selective anchor: the industry's FOCUSES_ON links, else the kind
// index, else every entity. One generic WHERE with "size($kinds) = 0 OR ..." cannot use an index, and
// at 100k entities the planner then scanned them all and expanded FOCUSES_ON from each (130 ms -> 16 ms).
// The branches exclude each other, so UNION ALL needs no Distinct.
// The optional conditions come in one map: as separate parameters, each mix of given and null ones had
// parameter types of its own, and Neo4j compiled this statement again for each (about a second apiece).
// Entities come without their lists (evidence, sources, search keys), as in relations.cypher, and with what
// $entity: {all, props} projects (src/entity/projection.ts): all their other properties as maps in `page`, else
// only the values of props, in their order, in `values`.
CALL () {
  WITH 1 AS _ WHERE $filter.industry IS NOT NULL
  MATCH (i:Entity {id: $filter.industry})<-[f:FOCUSES_ON]-(n:Entity)
  WHERE i:Industry AND (size($kinds) = 0 OR n.kind IN $kinds) AND {{relationship-modality-in-scope: f}}
  RETURN n
  UNION ALL
  WITH 1 AS _ WHERE $filter.industry IS NULL AND size($kinds) > 0
  MATCH (n:Entity) WHERE n.kind IN $kinds
  RETURN n
  UNION ALL
  WITH 1 AS _ WHERE $filter.industry IS NULL AND size($kinds) = 0
  MATCH (n:Entity)
  RETURN n
}
WITH n
WHERE ($filter.source IS NULL OR $filter.source IN n.sources)
  AND {{node-modality-in-scope: n}}
  AND ($filter.dateFrom IS NULL OR n.sortDate >= $filter.dateFrom)
  AND ($filter.dateTo IS NULL OR n.sortDate <= $filter.dateTo)
  AND ($filter.city IS NULL
       OR n.id = $filter.city
       OR EXISTS { (n) (()-[r:LOCATED_IN|HELD_IN]->() WHERE {{relationship-modality-in-scope: r}}){1,2} (:City {id: $filter.city}) }
       OR EXISTS { (n)<-[p:PARTY_TO]-() (()-[r:LOCATED_IN]->() WHERE {{relationship-modality-in-scope: r}}){0,2} (:City {id: $filter.city})
                   WHERE {{relationship-modality-in-scope: p}} })
  AND ($filter.corridor IS NULL
       OR EXISTS { (n)-[r:MEMBER_OF|CENTRAL_CITY_OF|HOSTED|PART_OF]-(:Corridor {id: $filter.corridor}) WHERE {{relationship-modality-in-scope: r}} }
       OR EXISTS { (n) (()-[r:LOCATED_IN|HELD_IN]->() WHERE {{relationship-modality-in-scope: r}}){1,2} (:City)-[m:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $filter.corridor})
                   WHERE {{relationship-modality-in-scope: m}} }
       OR EXISTS { (n)<-[p:PARTY_TO]-() (()-[r:LOCATED_IN]->() WHERE {{relationship-modality-in-scope: r}}){0,2} (:City)-[m:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $filter.corridor})
                   WHERE {{relationship-modality-in-scope: p}} AND {{relationship-modality-in-scope: m}} })
WITH n,
     CASE $sort WHEN 'DATE' THEN coalesce(n.sortDate, '~') ELSE n.name END AS textKey,
     CASE $sort WHEN 'DEGREE' THEN COUNT { (n)-[d:!PARTNERS_WITH]-(:Entity) WHERE {{relationship-modality-in-scope: d}} } ELSE 0 END AS degree
ORDER BY degree, textKey, n.id
WITH collect(n) AS sorted
WITH sorted, CASE WHEN $descending THEN reverse(sorted) ELSE sorted END AS ordered
WITH sorted, ordered[$skip..($skip + $limit)] AS kept
RETURN size(sorted) AS total,
  [x IN kept WHERE $entity.all | x {.*, evidence: null, attributes: null, sources: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null}] AS page,
  [x IN kept WHERE NOT $entity.all | [k IN $entity.props | x[k]]] AS values
