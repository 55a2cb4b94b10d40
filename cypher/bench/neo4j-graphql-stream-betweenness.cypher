CALL gds.betweenness.stream(graph, CASE WHEN $samplingSize IS NULL THEN {concurrency: concurrency}
  ELSE {concurrency: concurrency, samplingSize: $samplingSize, samplingSeed: 42} END) YIELD nodeId, score
