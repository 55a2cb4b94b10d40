// Lists by kind start from this index. Params: none. Returns: nothing.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)
