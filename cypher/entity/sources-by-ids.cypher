UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN properties(s) AS source
