// $tag -> removes the entities and sources a writes test created (their ids contain the run's tag) and
// the audit entries of those writes
MATCH (n)
WHERE ((n:Entity OR n:Source OR n:SourceText) AND n.id CONTAINS $tag)
   OR (n:AuditEntry AND any(x IN n.entityIds + n.sourceIds + n.relations WHERE x CONTAINS $tag))
DETACH DELETE n
