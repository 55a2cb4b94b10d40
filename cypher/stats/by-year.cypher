// $kind, $modalities -> entities of that kind and of those modalities per year; year is null for the undated,
// including a day whose year the source does not state ("--11-19"), which the loader gives no year
MATCH (n:Entity {kind: $kind})
WHERE {{node-modality-in-scope: n}}
RETURN n.year AS year, count(*) AS count
ORDER BY year
