// $modalities -> cities with the agreements of those modalities their parties signed. A party counts for itself when
// it is a city, and for the city (and the district) it is located in, as in the agreements(filter: {city}) list;
// every link followed is of the modalities, as the list's are.
MATCH (a:Agreement)<-[p:PARTY_TO]-(:Entity) (()-[l:LOCATED_IN]->() WHERE {{relationship-modality-in-scope: l}}){0,2} (c:City)
WHERE {{node-modality-in-scope: a}} AND {{relationship-modality-in-scope: p}}
RETURN properties(c) AS city, count(DISTINCT a) AS count
ORDER BY count DESC, city.id
