// Params:  none
// Returns: 1 row { version: String, edition: String } of the Neo4j kernel
CALL dbms.components() YIELD name, versions, edition
RETURN versions[0] AS version, edition
