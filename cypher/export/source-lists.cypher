// The distinct `sources` lists of the facts: each is in the order its sources were loaded, which the
// export must reproduce (a list property keeps its order, and the graph checksum sees it).
// Params:  $types: [String] (the RelationType values: derived ties carry no sources and are skipped)
// Returns: rows { sources: [String] }
CALL () {
  MATCH (n:Entity)
  RETURN n.sources AS sources
  UNION
  MATCH (:Entity)-[r]->(:Entity)
  WHERE type(r) IN $types
  RETURN r.sources AS sources
}
RETURN DISTINCT sources
