// Whether Neo4j answers at all (health checks, start-up).
// Params:  none
// Returns: 1 row { ok: 1 }
RETURN 1 AS ok
