// Test runs only: how many derived partnership ties the graph holds (a round trip must recompute them all).
RETURN COUNT { MATCH (:Entity)-[:PARTNERS_WITH]->(:Entity) } AS ties
