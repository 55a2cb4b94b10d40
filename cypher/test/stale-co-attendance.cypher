// What a store written before co-attendance was derived looks like: a stored tie with a co-attendance strand
// added, and a stored tie of co-attendance alone between two entities with none.
// Params:  $a, $b: String an existing tie's ends (lower id first); $c, $d: String two entities without a tie;
//          $kind: String the co-attendance kind; $strand: String a strand as JSON
// Returns: 1 row { stale: Integer }
MATCH (:Entity {id: $a})-[t:PARTNERS_WITH]->(:Entity {id: $b})
SET t.kinds = t.kinds + $kind, t.weight = t.weight + 0.5, t.strands = t.strands + $strand
WITH count(t) AS changed
MATCH (c:Entity {id: $c}), (d:Entity {id: $d})
CREATE (c)-[:PARTNERS_WITH {kinds: [$kind], weight: 0.5, modality: 'ACTUAL', strands: [$strand]}]->(d)
RETURN changed + 1 AS stale
