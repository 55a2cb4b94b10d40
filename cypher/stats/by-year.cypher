// $kind -> entities of that kind per year; year is null for the undated, including a day whose
// year the source does not state ("--11-19"), which the loader gives no year
MATCH (n:Entity {kind: $kind})
RETURN n.year AS year, count(*) AS count
ORDER BY year
