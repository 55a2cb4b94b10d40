// The entities within $depth undirected hops of one entity, and the relationships among them.
// $id; $depth (<= 3, the literal bound below); $kinds: kinds of entity to show and step through ([] = any;
// the centre is always shown); $via: relationship types ([] = any); $limit: most entities to return.
// Nearest first, then the best connected, so a cut keeps the centre's surroundings.
// -> 0..1 row { nodes: [{entity, degree}], edges: [{id, type, source, target, evidence}], total }
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH p = ANY SHORTEST (c)((x:Entity)-[r]-(y:Entity)
      WHERE (size($via) = 0 OR type(r) IN $via)
        AND (size($kinds) = 0 OR y.kind IN $kinds)){1,3}(m:Entity)
  WHERE length(p) <= $depth AND m <> c
  WITH m, length(p) AS distance
  WHERE m IS NOT NULL
  RETURN collect({node: m, distance: distance}) AS found
}
WITH [{node: c, distance: 0}] + found AS reached
UNWIND reached AS hit
WITH hit.node AS n, hit.distance AS distance, size(reached) AS total
WITH n, distance, total, COUNT { (n)--(:Entity) } AS degree
ORDER BY distance, degree DESC, n.id
LIMIT $limit
WITH collect({entity: properties(n), degree: degree}) AS nodes, collect(n) AS kept, total
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND (size($via) = 0 OR type(r) IN $via)
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, evidence: r.evidence}) AS edges
}
RETURN nodes, edges, total
