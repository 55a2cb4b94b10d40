// $prefix: the generated network's source id prefix -> how many of its sources the graph holds
MATCH (s:Source) WHERE s.id STARTS WITH $prefix
RETURN count(s) AS n
