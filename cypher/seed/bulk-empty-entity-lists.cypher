// After a bulk load (src/seed/bulk-load.ts): neo4j-admin import reads an empty list field as no value, but the
// merge statements set aliases, evidence and attributes on every entity, empty where no source gave an entry.
// Params:  none
// Returns: nothing
MATCH (n:Entity)
WHERE n.aliases IS NULL OR n.evidence IS NULL OR n.attributes IS NULL
CALL (n) {
  SET n.aliases = coalesce(n.aliases, []), n.evidence = coalesce(n.evidence, []), n.attributes = coalesce(n.attributes, [])
} IN TRANSACTIONS OF 10000 ROWS
