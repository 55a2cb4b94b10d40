// Way (c)'s @cypher search field: innograph's cypher/entity/search.cypher with the keys made from $text,
// which for a Simplified-Chinese name is already normalised. Same indexes (TEXT on searchKeyText, the
// CJK full-text index), so the benchmark compares GraphQL layers, not two different searches.
WITH '|' + $text + '|' AS exact, '|' + $text AS prefix, $text AS key, $text AS lucene
CALL (exact, prefix, key, lucene) {
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS exact
  RETURN n, 100.0 AS score
  UNION
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS prefix
  RETURN n, 50.0 AS score
  UNION
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS key
  RETURN n, 20.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', lucene, {limit: 100}) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
// Equal matches rank by degree, as in innograph's search: without it this field answered another, cheaper order.
WITH n, score, COUNT { (n)-[:!PARTNERS_WITH]-() } AS degree
ORDER BY score DESC, degree DESC, size(n.name), n.id
LIMIT $first
RETURN n
