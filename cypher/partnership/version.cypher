// The partnership network's current version token (bump-version.cypher), null before any write.
// Params:  $key: String (the network's key)
// Returns: 1 row { token: String | null }
OPTIONAL MATCH (v:NetworkVersion {key: $key})
RETURN v.token AS token
