// One NetworkVersion node per versioned network: its key is unique, so two writers bumping it at once cannot
// create two. Params: none. Returns: nothing.
CREATE CONSTRAINT network_version_key IF NOT EXISTS FOR (v:NetworkVersion) REQUIRE v.key IS UNIQUE
