/**
 * @jest-config-loader-options {"transpileOnly": true}
 */
// ts-node type-checked this file (and every type it imports from jest) in each jest process: 5 s of CPU on
// this machine, twice in `npm test`. `npm run typecheck` checks it with the rest of the tree.
import type { Config } from "jest";

// ts-jest only transpiles (tsconfig.jest.json sets isolatedModules): `npm run typecheck` checks the types
// once for the whole tree, instead of once per test file in every run.
const common = {
  testEnvironment: "node",
  // ts-jest, its output shared by the three tiers' processes through one cache on disk (see the file).
  transform: {
    "^.+\\.ts$": ["<rootDir>/test/support/shared-ts-transform.cjs", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  testMatch: ["**/*.test.ts"],
  // linkedom requires the optional `canvas` package and falls back to its own shim when it is absent (it is
  // not installed). Under jest a missing module is not cheap: the runtime globs for look-alike file names
  // before it throws, a quarter of a second in every test file that loads the extractor. Map it straight to
  // the shim linkedom would use anyway.
  moduleNameMapper: { "^canvas$": "<rootDir>/node_modules/linkedom/commonjs/canvas-shim.cjs" },
  setupFiles: ["reflect-metadata", "<rootDir>/test/support/fresh-schema-metadata.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/support/fail-on-console.ts"],
  clearMocks: true,
  // Transforms and compiles each module once per jest process, not once per test file (see the file).
  runtime: "<rootDir>/test/support/compile-once-runtime.cjs",
} satisfies Config;

// One Neo4j for the run, started (or reused) and seeded once, shared by every file of the tiers that need it.
const sharedNeo4j = {
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
} satisfies Config;

/**
 * Three tiers, chosen with --selectProjects (see package.json):
 * unit: no Neo4j (pure functions, schema shape, argument validation);
 * integration: the shared Neo4j, each file cleaning up what it writes;
 * ops: faults, shutdown, soak-lite, the browser, the full fuzz, slow and scale tests (some start Neo4j instances of their own).
 */
const config: Config = {
  projects: [
    { ...common, displayName: "unit", roots: ["<rootDir>/test/unit"] },
    { ...common, ...sharedNeo4j, displayName: "integration", roots: ["<rootDir>/test/integration"] },
    {
      ...common,
      ...sharedNeo4j,
      displayName: "ops",
      roots: ["<rootDir>/test/ops"],
      setupFilesAfterEnv: [...common.setupFilesAfterEnv, "<rootDir>/test/support/ops-timeout.ts"],
    },
  ],
  // A global option (projects cannot set it); generous because eight agents share this machine's two cores.
  testTimeout: 120_000,
};

export default config;
