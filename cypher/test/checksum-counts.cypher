// Test runs only: the counts a reload must reproduce exactly; evidence and source lists are counted
// too, since a duplicate would show there first.
RETURN COUNT { MATCH (:Entity) } AS entities,
       COUNT { MATCH (:Entity)-[]->(:Entity) } AS relations,
       COUNT { MATCH (:Source) } AS sources,
       COUNT { MATCH (n:Entity) UNWIND n.evidence AS e RETURN e } AS entityEvidence,
       COUNT { MATCH (:Entity)-[r]->(:Entity) UNWIND r.evidence AS e RETURN e } AS relationEvidence,
       COUNT { MATCH (n:Entity) UNWIND n.sources AS s RETURN s } AS entitySources
