// Test runs only: the transactions still running a statement that contains $text.
// Params:  $text: String
// Returns: one row per transaction { transactionId: String }
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE currentQuery CONTAINS $text
RETURN transactionId
