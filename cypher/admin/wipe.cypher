// Test runs only: empties the test instance's graph before the suite loads its own data.
MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
