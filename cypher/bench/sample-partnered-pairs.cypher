// For each start, up to 20 entities two to four default-network ties away, so a partnership path exists.
// Params:  $ids: [String] (starts with a default-network tie)
// Returns: rows { from: String, to: [String] }, starts with no such entity left out
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH p = (a)-[:PARTNERS_WITH*2..4]-(b:Entity)
  WHERE b <> a
    AND all(t IN relationships(p) WHERE any(s IN t.strands
      WHERE s CONTAINS '"modality":"ACTUAL"' AND NOT s CONTAINS '"kind":"CO_ATTENDANCE"'))
  WITH DISTINCT b LIMIT 20
  RETURN collect(b.id) AS to
}
WITH a, to
WHERE size(to) > 0
RETURN a.id AS from, to
