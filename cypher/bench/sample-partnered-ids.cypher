// Entities with a tie in the default partnership network (an ACTUAL strand of a kind other than co-attendance),
// so that partners and paths are asked of entities that have answers.
// Params:  none
// Returns: rows { id: String }, in a stable order
MATCH (a:Entity)-[t:PARTNERS_WITH]-()
WHERE any(s IN t.strands WHERE s CONTAINS '"modality":"ACTUAL"' AND NOT s CONTAINS '"kind":"CO_ATTENDANCE"')
RETURN DISTINCT a.id AS id
ORDER BY id
