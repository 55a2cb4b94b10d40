// -> one row per entity kind: {key, count}, largest first
MATCH (n:Entity)
RETURN n.kind AS key, count(*) AS count
ORDER BY count DESC, key
