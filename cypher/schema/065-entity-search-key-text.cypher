// Exact, prefix and substring name look-ups (search, and resolving a name to an entity) use CONTAINS on
// "|key1|key2|"; a TEXT index serves CONTAINS, so they no longer scan every entity.
CREATE TEXT INDEX entity_search_key_text IF NOT EXISTS FOR (n:Entity) ON (n.searchKeyText)
