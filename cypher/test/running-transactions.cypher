// Test runs only: the transactions a request still has open.
// Params:  $request: String
// Returns: one row per transaction { transactionId: String }
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.request = $request
RETURN transactionId
