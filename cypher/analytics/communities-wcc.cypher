// Weakly connected components.
// The partition is written to the request's own projection (never to the database) so that GDS scores it:
// the modularity of exactly the communities returned, on the projected graph (one unweighted edge per pair).
// Params:  $graph: String (a projected graph), $concurrency: Integer
// Returns: one row per community { members: [String], modularity: Float }: entity ids sorted, biggest community
//          first; every row carries the partition's modularity (NaN when the projection has no edge)
CALL gds.wcc.mutate($graph, {concurrency: $concurrency, mutateProperty: 'community'}) YIELD componentCount
CALL gds.modularity.stats($graph, {communityProperty: 'community'}) YIELD modularity
CALL gds.graph.nodeProperty.stream($graph, 'community') YIELD nodeId, propertyValue AS communityId
WITH modularity, communityId, gds.util.asNode(nodeId).id AS id
ORDER BY id
WITH modularity, communityId, collect(id) AS members
RETURN members, modularity
ORDER BY size(members) DESC, members[0]
