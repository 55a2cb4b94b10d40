// Stops every transaction a request still has open (its client went away or its deadline passed).
// Params:  $request: String (the request id the service puts in each transaction's metadata)
// Returns: one row per transaction stopped { transactionId: String, message: String }
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.request = $request
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS stopped, message
RETURN stopped AS transactionId, message
