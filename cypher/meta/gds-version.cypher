// Params:  none
// Returns: 1 row { version: String }, the installed GDS version
RETURN gds.version() AS version
