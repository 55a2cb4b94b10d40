// The last year any stored tie reaches (its latest strand's date), so evolution is asked of years with ties.
// Params:  none
// Returns: 1 row { last: String | null } (YYYY)
MATCH ()-[t:PARTNERS_WITH]->()
WHERE t.lastDate =~ '\\d{4}.*'
RETURN substring(max(t.lastDate), 0, 4) AS last
