// $id; $links: [{key, parentKinds, types ([] = any), direction ("OUT" | "IN" | "BOTH"), kinds ([] = any),
//               sub: [the same, without sub]}]
// -> 0..1 row {entity, links: [{key, rels: [{type, relation, outgoing, other, links: [{key, rels}]}]}]}
// An entity with the relations two levels down that a GraphQL query asks for, in one statement: what
// the relations loader would read in two more round trips. A link applies to parents of its kinds only.
// Linked entities come without their lists, as in relations.cypher.
MATCH (n:Entity {id: $id})
RETURN properties(n) AS entity,
  [q IN $links WHERE n.kind IN q.parentKinds | {
    key: q.key,
    rels: [(n)-[r:!PARTNERS_WITH]-(m:Entity)
      WHERE (size(q.types) = 0 OR type(r) IN q.types)
        AND (size(q.kinds) = 0 OR m.kind IN q.kinds)
        AND (q.direction = 'BOTH' OR (q.direction = 'OUT') = (startNode(r) = n))
      | {type: type(r), relation: properties(r), outgoing: startNode(r) = n, other: m {.*, evidence: null, attributes: null, sources: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null},
         links: [s IN q.sub WHERE m.kind IN s.parentKinds | {
           key: s.key,
           rels: [(m)-[r2]-(o:Entity)
             WHERE (size(s.types) = 0 OR type(r2) IN s.types)
               AND (size(s.kinds) = 0 OR o.kind IN s.kinds)
               AND (s.direction = 'BOTH' OR (s.direction = 'OUT') = (startNode(r2) = m))
             | {type: type(r2), relation: properties(r2), outgoing: startNode(r2) = m, other: o {.*, evidence: null, attributes: null, sources: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null}}]
         }]}]
  }] AS links
