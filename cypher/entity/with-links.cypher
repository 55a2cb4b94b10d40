// $id; $entity: {all, props}; $links: [{key, parentKinds, types ([] = any), direction ("OUT" | "IN" | "BOTH"),
//               kinds ([] = any), other: {all, props}, sub: [the same, without sub]}]
// -> 0..1 row {entity, entityValues, links: [{key, rels: [{type, outgoing, other, otherValues, links: [{key, rels}]}]}]}
// An entity with the relations two levels down that a GraphQL query asks for, in one statement: what
// the relations loader would read in two more round trips. A link applies to parents of its kinds only.
// Each entity returns what the query selects, as in relations.cypher (all its properties as a map when
// `all`, else the values of `props`); linked entities come without their lists, and a link field reads
// nothing of the relationship itself.
MATCH (n:Entity {id: $id})
RETURN CASE WHEN $entity.all THEN properties(n) END AS entity, [k IN $entity.props | n[k]] AS entityValues,
  [q IN $links WHERE n.kind IN q.parentKinds | {
    key: q.key,
    rels: [(n)-[r:!PARTNERS_WITH]-(m:Entity)
      WHERE (size(q.types) = 0 OR type(r) IN q.types)
        AND (size(q.kinds) = 0 OR m.kind IN q.kinds)
        AND (q.direction = 'BOTH' OR (q.direction = 'OUT') = (startNode(r) = n))
      | {type: type(r), outgoing: startNode(r) = n,
         other: CASE WHEN q.other.all THEN m {.*, evidence: null, attributes: null, sources: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null} END,
         otherValues: [k IN q.other.props | m[k]],
         links: [s IN q.sub WHERE m.kind IN s.parentKinds | {
           key: s.key,
           rels: [(m)-[r2]-(o:Entity)
             WHERE (size(s.types) = 0 OR type(r2) IN s.types)
               AND (size(s.kinds) = 0 OR o.kind IN s.kinds)
               AND (s.direction = 'BOTH' OR (s.direction = 'OUT') = (startNode(r2) = m))
             | {type: type(r2), outgoing: startNode(r2) = m,
                other: CASE WHEN s.other.all THEN o {.*, evidence: null, attributes: null, sources: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null} END,
                otherValues: [k IN s.other.props | o[k]]}]
         }]}]
  }] AS links
