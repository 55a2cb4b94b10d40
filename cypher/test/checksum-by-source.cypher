// $sources: [String] -> per source: whether its Source node exists, and the entities and
// relationships whose `sources` list names it (what a load of that source alone wrote)
UNWIND $sources AS source
RETURN source,
       COUNT { MATCH (s:Source {id: source}) } AS present,
       COUNT { MATCH (n:Entity) WHERE source IN n.sources } AS entities,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE source IN r.sources } AS relations
