MATCH (:Entity)-[r:!PARTNERS_WITH]->(:Entity) RETURN type(r) AS type, count(*) AS count ORDER BY type
