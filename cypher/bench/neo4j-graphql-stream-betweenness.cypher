// Fragment of bench/neo4j-graphql-centrality (spliced at /*stream*/): betweenness scores of the projected `graph`.
// Params:  $samplingSize: Integer | null; uses the enclosing `graph` and `concurrency`
// Returns: rows { nodeId, score }
CALL gds.betweenness.stream(graph, CASE WHEN $samplingSize IS NULL THEN {concurrency: concurrency}
  ELSE {concurrency: concurrency, samplingSize: $samplingSize, samplingSeed: 42} END) YIELD nodeId, score
