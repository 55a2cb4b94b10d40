// Drops innograph's projections older than any request may run: what a crash or a lost connection left.
// Params:  $prefix: String (innograph's graph-name prefix), $olderThanMs: Integer
// Returns: one row per graph dropped { graphName: String }
CALL gds.graph.list() YIELD graphName, creationTime
WHERE graphName STARTS WITH $prefix AND creationTime < datetime() - duration({milliseconds: $olderThanMs})
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
RETURN dropped AS graphName
