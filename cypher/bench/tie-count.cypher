// -> how many partnership ties are stored
MATCH ()-[t:PARTNERS_WITH]->()
RETURN count(t) AS n
