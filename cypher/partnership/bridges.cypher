// The ties whose removal disconnects the partnership network.
// Params:  $graph: String
// Returns: rows { a, b: String }
CALL gds.bridges.stream($graph)
YIELD from, to
RETURN gds.util.asNode(from).id AS a, gds.util.asNode(to).id AS b
