// What a graph of this size holds, as the GDS projections see it, to extrapolate to larger ones.
// Params:  none
// Returns: 1 row { entities, facts: stored relationships other than ties, pairs: linked entity pairs (one
//          undirected edge each in analytics/scope-pairs), ties: PARTNERS_WITH relationships }
MATCH (n:Entity)
WITH count(n) AS entities
OPTIONAL MATCH (:Entity)-[f:!PARTNERS_WITH]->(:Entity)
WITH entities, count(f) AS facts
OPTIONAL MATCH (s:Entity)-[:!PARTNERS_WITH]-(t:Entity)
WHERE elementId(s) < elementId(t)
WITH entities, facts, count(DISTINCT [s, t]) AS pairs
OPTIONAL MATCH ()-[t:PARTNERS_WITH]->()
RETURN entities, facts, pairs, count(t) AS ties
