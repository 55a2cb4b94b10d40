CALL gds.pageRank.stream(graph, {concurrency: concurrency, dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-10}) YIELD nodeId, score
