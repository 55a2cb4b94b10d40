// The audit log, newest first.
// Params:  $first: Integer, $before: DateTime | null (entries strictly older than this; null: from the newest)
// Returns: up to $first rows { entry: map with at as an ISO string }
MATCH (a:AuditEntry)
WHERE $before IS NULL OR a.at < datetime($before)
WITH a ORDER BY a.at DESC, a.id
LIMIT $first
// Entries older than saved scenes have no scenes list.
RETURN a {.id, .keyId, .role, .operation, .entityIds, .sourceIds, .relations, scenes: coalesce(a.scenes, []), at: toString(a.at)} AS entry
