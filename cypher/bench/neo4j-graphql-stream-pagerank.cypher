// Fragment of bench/neo4j-graphql-centrality (spliced at /*stream*/): PageRank scores of the projected `graph`.
// Params:  none; uses the enclosing `graph` and `concurrency`
// Returns: rows { nodeId, score }
CALL gds.pageRank.stream(graph, {concurrency: concurrency, dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-10}) YIELD nodeId, score
