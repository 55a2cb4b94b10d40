// type-graphql keeps what its decorators declare in one object on the global, and builds every schema from
// all of it. When global set-up runs in the test process (--runInBand: the ops tier, one integration file),
// it loads decorated classes there first, and jest hands that same object to every test file. Each file's
// decorators then added to it, and every schema build also read all earlier files' declarations: type-graphql
// took 41 of the 134 CPU-seconds of a run-in-band integration tier, and takes 4.5 now that each file starts
// from none.
delete (globalThis as { TypeGraphQLMetadataStorage?: unknown }).TypeGraphQLMetadataStorage;
