// $modalities -> cities with the events of those modalities held in them. An event held in a district counts for the
// district and for its city, as in the events(filter: {city}) list; every link followed is of the modalities.
MATCH (e:Event)-[h:HELD_IN]->(:City) (()-[l:LOCATED_IN]->() WHERE {{relationship-modality-in-scope: l}}){0,1} (c:City)
WHERE {{node-modality-in-scope: e}} AND {{relationship-modality-in-scope: h}}
RETURN properties(c) AS city, count(DISTINCT e) AS count
ORDER BY count DESC, city.id
