// One shortest undirected path between two entities.
// $from, $to: entity ids; $via: relationship types ([] = any); $through: kinds allowed for the
// intermediate nodes ([] = any; the endpoints are exempt); $maxHops (<= 8, the literal bound below,
// which cannot be a parameter).
// $entity: {all, props} (src/entity/projection.ts): the entities' whole property maps in `nodes`, else the
// named properties of each as a list in `values`; $stepEvidence: false leaves the steps' quotes and sources out.
// -> 0..1 row { nodes | values in path order, steps: [{id, type, modality, evidence, sourceModalities, sources,
//    evidenceKind, date, dateResolved, dateBasis, datePrecision, outgoing}] }
//    where outgoing is true when the relationship points from nodes[i] to nodes[i + 1].
// The classic shortestPath() runs a bidirectional breadth-first search that checks the all(...) predicates
// while it expands; at 100k entities it answers random pairs in 4 ms (p50) against 15-25 ms for the
// SHORTEST path selector, and 16 ms against 690 ms at p90. The length test stays outside the WHERE:
// there it would make the planner add an exhaustive fallback search for pairs with no path.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:LOCATED_IN|MEMBER_OF|CENTRAL_CITY_OF|PART_OF|AFFILIATED_WITH|ACADEMICIAN_OF|HOLDS_OFFICE_IN|SPOKE_AT|ATTENDED|HOSTED|HELD_IN|PARTY_TO|SIGNED_AT|FOUNDED|LAUNCHED_AT|FOCUSES_ON|COOPERATES_WITH|AWARDED*..8]-(b))
// Derived partnership ties are not facts: the pattern names every fact type (RelationType) so the search
// itself never expands a PARTNERS_WITH tie; a filter after the search would first find the tie's shorter paths.
WHERE all(r IN relationships(p) WHERE type(r) <> 'PARTNERS_WITH' AND (size($via) = 0 OR type(r) IN $via))
  AND all(n IN nodes(p) WHERE size($through) = 0 OR n.kind IN $through OR n.id IN [$from, $to])
WITH p
WHERE length(p) <= $maxHops
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN [n IN ns WHERE $entity.all | properties(n)] AS nodes,
       [n IN ns WHERE NOT $entity.all | [k IN $entity.props | n[k]]] AS values,
       [i IN range(0, size(rs) - 1) |
         {id: rs[i].id, type: type(rs[i]), modality: rs[i].modality,
          evidence: CASE WHEN $stepEvidence THEN rs[i].evidence END,
          sourceModalities: CASE WHEN $stepEvidence THEN rs[i].sourceModalities END,
          sources: CASE WHEN $stepEvidence THEN rs[i].sources END,
          evidenceKind: rs[i].evidenceKind, date: rs[i].date, dateResolved: rs[i].dateResolved,
          dateBasis: rs[i].dateBasis, datePrecision: rs[i].datePrecision,
          outgoing: startNode(rs[i]) = ns[i]}] AS steps
