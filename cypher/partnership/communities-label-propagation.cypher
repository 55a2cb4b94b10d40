// Communities of a projected partnership network by gds.labelPropagation.stream, ties weighted by `weight` when $weighted.
// One thread (and a fixed seed where the algorithm takes one) make the answer reproducible.
// Params:  $graph: String, $weighted: Boolean
// Returns: rows { id: String, community: Integer }
CALL gds.labelPropagation.stream($graph, CASE WHEN $weighted THEN {relationshipWeightProperty: 'weight', concurrency: 1} ELSE {concurrency: 1} END)
YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS id, communityId AS community
