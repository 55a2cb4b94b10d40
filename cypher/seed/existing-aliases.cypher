// $ids: entity ids -> the aliases already stored, so derived search names cover every source's aliases
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases, n.kind AS kind
