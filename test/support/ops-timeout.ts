// Ops tests start Neo4j instances, drive loads and kill servers: their steps take minutes on a shared
// machine, so the tier allows ten minutes a test (jest's testTimeout is global; a project cannot set it).
jest.setTimeout(600_000);
