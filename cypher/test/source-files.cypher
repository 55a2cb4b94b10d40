MATCH (s:Source) RETURN s.id AS id, s.file AS file
