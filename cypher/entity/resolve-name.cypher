// $id, $key -> entities whose id is $id or one of whose normalised names is exactly $key
MATCH (n:Entity)
WHERE n.id = $id OR $key IN n.searchKeys
RETURN n.id AS id, n.name AS name, n.kind AS kind
ORDER BY n.id
LIMIT 20
