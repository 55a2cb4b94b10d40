// Graphs loaded before searchKeyText existed get it from their searchKeys; a no-op once every entity has it.
MATCH (n:Entity) WHERE n.searchKeyText IS NULL AND n.searchKeys IS NOT NULL
CALL (n) {
  SET n.searchKeyText = reduce(s = '|', k IN n.searchKeys | s + k + '|')
} IN TRANSACTIONS OF 10000 ROWS
