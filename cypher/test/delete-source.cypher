// Removes a test source and the entities only it mentions
MATCH (n:Entity) WHERE n.sources = [$source] DETACH DELETE n
WITH count(*) AS ignored
MATCH (s:Source {id: $source}) DETACH DELETE s
WITH count(*) AS ignored
MATCH (t:SourceText {id: $source}) DELETE t
