// Migrates a local instance made before passwords: its neo4j user still has the default password, which
// may only be changed. Run on the system database as that user.
// Params:  $old: String (Neo4j's default password), $password: String (the generated password)
// Returns: nothing
ALTER CURRENT USER SET PASSWORD FROM $old TO $password
