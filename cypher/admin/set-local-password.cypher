// Gives the neo4j user of a running local instance that still has authentication off (one started before
// passwords) the generated password, on the system database; it applies from the next start.
// Params:  $user: String (the local user, "neo4j"), $password: String (the generated password)
// Returns: nothing
ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED
