// Marks, inside a write transaction, that the partnership network may have changed (its ties or where their ends
// sit): a fresh random token, committed with the write. A process that cached the network under another token
// reads the stored ties again (src/partnership/network-cache.ts). Random rather than a counter, so a restored
// backup brings back the token its own state was cached under, never a token of another state.
// Params:  $key: String (the network's key)
// Returns: 1 row { token: String }
MERGE (v:NetworkVersion {key: $key})
SET v.token = randomUUID()
RETURN v.token AS token
