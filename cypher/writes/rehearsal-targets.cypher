// What the write rehearsal (src/writes/write-rehearsal.ts) writes from and between, in transactions it rolls
// back: a source with its article's text (the quote is the text's first characters, so it is in the article)
// and the two ends of one stored cooperation. Either may be missing from a young graph.
// Params:  none
// Returns: 1 row { source: String | null, quote: String | null, from: String | null, to: String | null }
CALL () {
  OPTIONAL MATCH (t:SourceText) WHERE size(t.text) > 0
  WITH t LIMIT 1
  RETURN t.id AS source, left(t.text, 1) AS quote
}
CALL () {
  OPTIONAL MATCH (a:Entity)-[:COOPERATES_WITH]->(b:Entity)
  WITH a, b LIMIT 1
  RETURN a.id AS from, b.id AS to
}
RETURN source, quote, from, to
