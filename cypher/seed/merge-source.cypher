// $source: {id, file, title, publisher, publishedOn, script}
// Returns: 1 row { existed: Boolean, before: String | null }: whether the source was stored already, and its page
//          date before this write (facts dated by the page follow a change: src/seed/source-redate.ts)
OPTIONAL MATCH (old:Source {id: $source.id})
WITH old IS NOT NULL AS existed, old.publishedOn AS before
MERGE (s:Source {id: $source.id})
SET s.file = $source.file,
    s.title = $source.title,
    s.publisher = $source.publisher,
    s.publishedOn = $source.publishedOn,
    s.script = $source.script
RETURN existed, before
