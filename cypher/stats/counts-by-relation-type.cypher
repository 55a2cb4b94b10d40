// -> one row per relationship type between entities: {key, count}, largest first
MATCH (:Entity)-[r:!PARTNERS_WITH]->(:Entity)
RETURN type(r) AS key, count(*) AS count
ORDER BY count DESC, key
