// $queries: [{key, ids, types ([] = any), direction ("OUT" | "IN" | "BOTH"), kinds ([] = any kind at the other end),
//             relation: {all, props}, other: {all, props}}]
// -> each relation of each entity with the entity at its other end, per query. All the link fields a
// GraphQL request asks for at one depth share this one statement (one transaction, not one per field).
// Each side returns what the query selects (src/entity/projection.ts): all its properties as a map when
// `all`, else only the values of `props`, in their order; a link field reads nothing of the relationship.
// The entity at the other end comes without its lists of evidence, attributes, sources and search keys:
// a hub's lists would repeat in every row that reaches it. They are read by id when a query asks for them.
UNWIND $queries AS q
UNWIND q.ids AS id
MATCH (n:Entity {id: id})-[r:!PARTNERS_WITH]-(m:Entity)
WHERE (size(q.types) = 0 OR type(r) IN q.types)
  AND (size(q.kinds) = 0 OR m.kind IN q.kinds)
  AND (q.direction = 'BOTH' OR (q.direction = 'OUT') = (startNode(r) = n))
RETURN q.key AS query, id, type(r) AS type, startNode(r) = n AS outgoing,
  CASE WHEN q.relation.all THEN properties(r) END AS relation, [k IN q.relation.props | r[k]] AS relationValues,
  CASE WHEN q.other.all THEN m {.*, evidence: null, attributes: null, sources: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null} END AS other,
  [k IN q.other.props | m[k]] AS otherValues
ORDER BY query, id, type, m.name
