// Before counting database hits: index statistics brought up to date, so the planner sees the graph as loaded.
// Params:  none
// Returns: nothing
CALL db.resampleOutdatedIndexes()
