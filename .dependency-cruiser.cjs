// The layering of src/ (issue 11): GraphQL is a thin adapter over domain modules that own their data.
// `npm run lint:deps` checks it.
const DOMAIN_MODULES = "^src/(entity|paths|analytics|explore|stats|writes|seed|meta|generate|domain)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle makes modules impossible to read, test or move one at a time.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "graphql-only-from-adapters",
      severity: "error",
      comment: "Only the HTTP adapter (and the schema printer) may reach the GraphQL layer; services never do.",
      from: { path: "^src/", pathNot: "^src/(graphql|http)/|^src/cli/print-schema\\.ts$" },
      to: { path: "^src/graphql/" },
    },
    {
      name: "neo4j-below-domain",
      severity: "error",
      comment: "src/neo4j/ is the driver layer: it knows statements by name, not the domain that runs them.",
      from: { path: "^src/neo4j/" },
      to: { path: `${DOMAIN_MODULES}|^src/(graphql|http)/|^src/(services|innograph)\\.ts$` },
    },
    {
      name: "src-not-tests",
      severity: "error",
      comment: "Production code never depends on tests or benchmarks.",
      from: { path: "^src/" },
      to: { path: "^(test|bench)/" },
    },
    {
      name: "domain-no-framework",
      severity: "error",
      comment: "src/domain/ is the shared vocabulary: plain TypeScript, no GraphQL, validation or driver framework.",
      from: { path: "^src/domain/" },
      to: {
        path: "^node_modules/(type-graphql|class-validator|class-transformer|graphql|graphql-scalars|neo4j-driver|express|@apollo|dataloader)/",
      },
    },
    {
      name: "domain-is-the-bottom",
      severity: "error",
      comment: "src/domain/ imports nothing else from src/.",
      from: { path: "^src/domain/" },
      to: { path: "^src/", pathNot: "^src/domain/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
