// $source: {id, file, title, publisher, publishedOn, script}
MERGE (s:Source {id: $source.id})
SET s.file = $source.file,
    s.title = $source.title,
    s.publisher = $source.publisher,
    s.publishedOn = $source.publishedOn,
    s.script = $source.script
