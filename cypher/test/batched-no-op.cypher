// Test: a statement that manages its own transactions and runs for seconds while writing nothing, to show
// which timeout applies to such a statement as a whole (Database.autoCommit).
// Params:  rows (integer)
// Returns: nothing
UNWIND range(1, $rows) AS i
CALL (i) {
  WITH i
  WHERE i < 0
  CREATE (:Entity {id: 'never'})
} IN TRANSACTIONS OF 1000 ROWS
