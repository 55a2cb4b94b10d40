// Every stored piece of evidence, on nodes and on relationships, with the article file of its source
CALL () {
  MATCH (n:Entity) UNWIND n.evidence AS e RETURN e
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) UNWIND r.evidence AS e RETURN e
  UNION ALL
  MATCH (n:Entity) UNWIND n.attributes AS e RETURN e
}
RETURN e
