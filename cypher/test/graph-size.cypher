// -> the sizes writes tests compare before and after
RETURN COUNT { MATCH (:Entity) } AS entities,
       COUNT { MATCH (:Entity)-[:!PARTNERS_WITH]->(:Entity) } AS relations,
       COUNT { MATCH (:Source) } AS sources
