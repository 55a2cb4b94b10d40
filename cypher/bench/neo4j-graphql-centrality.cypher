// Way (c)'s centrality fields: project the scope (a corridor, or everything), run the algorithm, drop the
// projection, as a user of the library writes it in one @cypher statement. The projection is innograph's
// (one undirected edge per linked pair) and so is the thread count (one below 100,000 nodes, four from
// there). The placeholder comment inside the second CALL is replaced by neo4j-graphql-stream-<algorithm>.cypher.
WITH 'nggql-' + randomUUID() AS graph
CALL (graph) {
  MATCH (s:Entity)
  WHERE $corridor IS NULL OR s.id = $corridor
     OR EXISTS { (s)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
     OR EXISTS { (s)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
  OPTIONAL MATCH (s)-[r]-(t:Entity)
  WHERE elementId(s) < elementId(t)
    AND ($corridor IS NULL OR t.id = $corridor
     OR EXISTS { (t)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
     OR EXISTS { (t)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
  WITH DISTINCT s, t
  RETURN gds.graph.project(graph, s, t, {}, {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS g
}
WITH graph, CASE WHEN g.nodeCount < 100000 THEN 1 ELSE 4 END AS concurrency
CALL (graph, concurrency) {
  /*stream*/
  WITH gds.util.asNode(nodeId) AS node, score
  ORDER BY score DESC, node.id
  LIMIT $first
  RETURN collect({score: score, entity: {id: node.id, name: node.name, kind: node.kind}}) AS top
}
CALL gds.graph.drop(graph, false) YIELD graphName
UNWIND range(0, size(top) - 1) AS i
RETURN {rank: i + 1, score: top[i].score, entity: top[i].entity} AS score
