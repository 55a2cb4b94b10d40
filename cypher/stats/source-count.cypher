// Params:  none
// Returns: 1 row { count: Integer }, the number of Source nodes
MATCH (s:Source)
RETURN count(s) AS count
