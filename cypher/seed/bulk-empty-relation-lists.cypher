// After a bulk load, before the partnership ties (src/seed/bulk-load.ts): neo4j-admin import reads an empty list
// field as no value, but merge-relations.cypher sets evidence and attributes on every relationship it writes.
// Params:  none
// Returns: nothing
MATCH (:Entity)-[r]->(:Entity)
WHERE r.evidence IS NULL OR r.attributes IS NULL
CALL (r) {
  SET r.evidence = coalesce(r.evidence, []), r.attributes = coalesce(r.attributes, [])
} IN TRANSACTIONS OF 10000 ROWS
