/**
 * npm run faults -- [--sources 200] [--per-source 250]
 *
 * The long version of test/faults.test.ts: the same scenarios (Neo4j stopped under the running
 * service, SIGKILL in the middle of a load, database timeout) over a larger generated data set.
 * It runs that suite through jest with the sizes raised, so the assertions are the test's own; the
 * figures (fail-fast time, recovery time, counts before and after the crash-reload) are printed at its end.
 */
import { spawnSync } from "node:child_process";
import { projectRoot } from "../src/config";

function option(name: string, fallback: number): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return String(value);
}

const result = spawnSync("npx", ["jest", "--runInBand", "test/faults.test.ts"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    INNOGRAPH_FAULTS_SOURCES: option("sources", 200),
    INNOGRAPH_FAULTS_PER_SOURCE: option("per-source", 250),
    INNOGRAPH_TEST_INSTANCE: process.env.INNOGRAPH_TEST_INSTANCE ?? "test-faults-bench",
    INNOGRAPH_TEST_NEO4J_BOLT_PORT: process.env.INNOGRAPH_TEST_NEO4J_BOLT_PORT ?? "7712",
  },
});
process.exit(result.status ?? 1);
