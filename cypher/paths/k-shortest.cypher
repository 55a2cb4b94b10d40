// The $k shortest simple undirected paths between two entities, shortest first.
// $from, $to: entity ids; $via: relationship types ([] = any); $through: kinds allowed for the
// intermediate nodes ([] = any; the endpoints are exempt); $maxHops (<= 8); $k (<= 10).
// SHORTEST takes no parameter, so a literal 50 is selected and cut to $k: paths the selector returns may
// revisit a node (only relationships must differ), and those are dropped, so the surplus keeps $k simple ones.
// $entity: {all, props} (src/entity/projection.ts): the entities' whole property maps in `nodes`, else the
// named properties of each as a list in `values`; $stepEvidence: false leaves the steps' quotes and sources out.
// -> 0..$k rows { nodes | values in path order, steps: [{id, type, modality, evidence, sourceModalities, sources,
//    evidenceKind, date, dateResolved, dateBasis, datePrecision, outgoing}] }
//    where outgoing is true when the relationship points from nodes[i] to nodes[i + 1].
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 50 (a)((x:Entity)-[r:!PARTNERS_WITH]-(y:Entity)
    WHERE (size($via) = 0 OR type(r) IN $via)
      AND (size($through) = 0 OR y.kind IN $through OR y.id = $to)){1,8}(b)
WHERE length(p) <= $maxHops
WITH nodes(p) AS ns, relationships(p) AS rs
WHERE all(n IN ns WHERE single(m IN ns WHERE m = n))
ORDER BY size(rs), [n IN ns | n.id], [r IN rs | r.id]
LIMIT $k
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
