// $tag -> removes the entities and sources a writes test created: their ids contain the run's tag
MATCH (n)
WHERE (n:Entity OR n:Source OR n:SourceText) AND n.id CONTAINS $tag
DETACH DELETE n
