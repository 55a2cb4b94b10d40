// Exact look-up by any normalised name form (Simplified, Traditional, pinyin without spaces, English).
CREATE INDEX entity_search_keys IF NOT EXISTS FOR (n:Entity) ON (n.searchKeys)
