// Test runs only: removes the saved scenes a fuzz run wrote under its hostile names, and the audit entries of
// scene writes since the run began (a scene's audit entry names no entity or source to find it by).
// Params:  $names: [String], $since: String (ISO date-time)
// Returns: nothing
MATCH (a:AuditEntry)
WHERE a.operation IN ['saveScene', 'deleteScene'] AND a.at >= datetime($since)
DETACH DELETE a
WITH count(*) AS removed
MATCH (s:SavedScene)
WHERE s.name IN $names
DETACH DELETE s
