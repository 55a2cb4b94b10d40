// -> every entity's id, kind, name and aliases: the gazetteer a new page's names are matched against
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases
