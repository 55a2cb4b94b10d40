// What a store written before ties carried an evidence kind looks like: no evidenceKind on any stored tie or
// in any of its strands (JSON, where the key never comes first).
// Params:  $fragments: [String] each `,"evidenceKind":"<kind>"` a strand may hold
// Returns: 1 row { stale: Integer }
MATCH ()-[t:PARTNERS_WITH]->()
REMOVE t.evidenceKind
SET t.strands = [s IN t.strands | reduce(x = s, f IN $fragments | replace(x, f, ''))]
RETURN count(t) AS stale
