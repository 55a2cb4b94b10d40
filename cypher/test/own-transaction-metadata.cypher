// The metadata of the transaction this statement runs in (it finds itself among the running ones).
// Params:  none
// Returns: 1 row { metaData: Map }
SHOW TRANSACTIONS YIELD metaData, currentQuery
WHERE currentQuery CONTAINS 'own-transaction-metadata-probe'
RETURN metaData // own-transaction-metadata-probe
