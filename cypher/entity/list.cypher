// A filtered, sorted page of entities with the total count.
// $kinds, $corridor, $city, $industry, $source (ids or null), $dateFrom, $dateTo (sortable partial dates or null),
// $sort ("NAME" | "DATE" | "DEGREE"), $descending, $skip, $limit
MATCH (n:Entity)
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
  AND ($source IS NULL OR $source IN n.sources)
  AND ($industry IS NULL OR EXISTS { (n)-[:FOCUSES_ON]->(:Industry {id: $industry}) })
  AND ($dateFrom IS NULL OR n.sortDate >= $dateFrom)
  AND ($dateTo IS NULL OR n.sortDate <= $dateTo)
  AND ($city IS NULL
       OR n.id = $city
       OR EXISTS { (n)-[:LOCATED_IN|HELD_IN*1..2]->(:City {id: $city}) }
       OR EXISTS { (n)<-[:PARTY_TO]-()-[:LOCATED_IN*0..2]->(:City {id: $city}) })
  AND ($corridor IS NULL
       OR EXISTS { (n)-[:MEMBER_OF|CENTRAL_CITY_OF|HOSTED]-(:Corridor {id: $corridor}) }
       OR EXISTS { (n)-[:LOCATED_IN|HELD_IN*1..2]->(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
       OR EXISTS { (n)<-[:PARTY_TO]-()-[:LOCATED_IN*0..2]->(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
WITH n,
     CASE $sort WHEN 'DATE' THEN coalesce(n.sortDate, '~') ELSE n.name END AS textKey,
     CASE $sort WHEN 'DEGREE' THEN COUNT { (n)--(:Entity) } ELSE 0 END AS degree
ORDER BY degree, textKey, n.id
WITH collect(n) AS sorted
WITH sorted, CASE WHEN $descending THEN reverse(sorted) ELSE sorted END AS ordered
RETURN size(sorted) AS total, [x IN ordered[$skip..($skip + $limit)] | properties(x)] AS page
