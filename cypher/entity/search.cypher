// $exact ("|key|"), $prefix ("|key"), $key: the normalised query (Simplified, lowercase, no spaces or tones);
// $lucene: the escaped full-text query; $kinds ([] = any); $first.
// Exact names rank first, then name prefixes, then substrings, then full-text hits. The first three use the
// TEXT index on searchKeyText ("|k1|k2|"). A query in Chinese characters compares characters (its key has no
// romanisation), so it is exact; a romanisation several names share (Suzhou: 苏州, 宿州) matches each equally, and
// equally good matches rank by prominence: the entity's relationships in the graph (its degree), most first.
// Name length and id only break what degree leaves tied, so the order is stable, never a judgement.
// $entity: {all, props}: what to return of each entity (src/entity/projection.ts), as in list.cypher.
CALL () {
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS $exact
  RETURN n, 100.0 AS score
  UNION
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS $prefix
  RETURN n, 50.0 AS score
  UNION
  MATCH (n:Entity) WHERE n.searchKeyText CONTAINS $key
  RETURN n, 20.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 100}) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
WHERE size($kinds) = 0 OR n.kind IN $kinds
WITH n, score, COUNT { (n)-[:!PARTNERS_WITH]-() } AS degree
RETURN CASE WHEN $entity.all THEN n {.*, evidence: null, attributes: null, sources: null, searchKeys: null, searchKeyText: null, aliasText: null, pinyinText: null} END AS entity,
  [k IN $entity.props | n[k]] AS values, score
ORDER BY score DESC, degree DESC, size(n.name), n.id
LIMIT $first
