CALL gds.betweenness.stream(graph, {concurrency: concurrency}) YIELD nodeId, score
