// Test only: the metadata the driver attached to the current transaction.
// Params:  none
// Returns: 1 row { metadata: Map }
CALL tx.getMetaData() YIELD metadata
RETURN metadata
