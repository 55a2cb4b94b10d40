// GDS projections a failed benchmark statement could not drop (innograph's own and way (c)'s), and those
// way (a) kept between requests (bench/bench-kinds.ts)
CALL gds.graph.list() YIELD graphName
WHERE graphName STARTS WITH 'nggql-' OR graphName STARTS WITH 'innograph-bench-'
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
RETURN count(*)
