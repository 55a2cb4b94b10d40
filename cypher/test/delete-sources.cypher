// Removes generated sources and every fact only they state (a generated data set loaded into a shared graph for a test).
// Params:  $sources: [String]
// Returns: nothing
CALL {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE all(s IN r.sources WHERE s IN $sources)
  DELETE r
}
CALL {
  MATCH (n:Entity)
  WHERE all(s IN n.sources WHERE s IN $sources)
  DETACH DELETE n
}
CALL {
  MATCH (t:SourceText)
  WHERE t.id IN $sources
  DELETE t
}
MATCH (s:Source)
WHERE s.id IN $sources
DETACH DELETE s
