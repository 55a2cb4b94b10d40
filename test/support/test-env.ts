import { hashApiKey, type KeyRole } from "../../src/auth";
import { loadConfig, type Config } from "../../src/config";
import { cypher } from "../../src/neo4j/cypher-registry";

// Tests may run the statements production never loads: cypher/test and cypher/admin.
cypher.use("test", "admin");

/** The keys tests present; the service is configured with their salted hashes only, as in production. */
export const TEST_KEYS: Record<KeyRole, string> = {
  reader: "test-reader-key",
  editor: "test-editor-key",
  admin: "test-admin-key",
};

/**
 * INNOGRAPH_API_KEYS for TEST_KEYS. scrypt is deliberately slow, so they are hashed once per run: global
 * set-up hashes them and hands them to every test file in INNOGRAPH_TEST_API_KEYS (each file would otherwise
 * pay a quarter of a second for the same three hashes).
 */
export function testApiKeys(): string {
  process.env.INNOGRAPH_TEST_API_KEYS ??= Object.entries(TEST_KEYS)
    .map(([role, key]) => hashApiKey(role as KeyRole, key))
    .join(",");
  return process.env.INNOGRAPH_TEST_API_KEYS;
}

/**
 * How many test instances global set-up starts: one per jest worker, so that files running side by side
 * never see each other's writes (`npm test` runs integration on two workers; --runInBand needs one).
 */
export function testInstanceCount(): number {
  return Number(process.env.INNOGRAPH_TEST_NEO4J_INSTANCES ?? "1");
}

/** The jest worker this file runs in (1 under --runInBand, and in global set-up, which runs before any worker). */
function workerId(): number {
  return Number(process.env.JEST_WORKER_ID ?? "1");
}

/**
 * Tests own separate local instances ("test", Bolt 7688; worker n > 1: "test-n", Bolt 7688 + 1000 (n - 1)) so
 * they never touch the data of `npm start`; NEO4J_TEST_URI points them at another server instead (it will be
 * wiped, and there is only one, so run it with --runInBand).
 * @param worker the jest worker whose instance is meant; global set-up names each in turn.
 */
export function testConfig(worker = workerId()): Config {
  if (worker > testInstanceCount()) {
    throw new Error(
      `jest worker ${worker} has no test Neo4j of its own (INNOGRAPH_TEST_NEO4J_INSTANCES=${testInstanceCount()}): ` +
        "run the integration tier with --runInBand, or `npm test`",
    );
  }
  const instance = process.env.INNOGRAPH_TEST_INSTANCE ?? "test";
  const boltPort = Number(process.env.INNOGRAPH_TEST_NEO4J_BOLT_PORT ?? "7688") + 1000 * (worker - 1);
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: process.env.NEO4J_TEST_URI ?? process.env[`INNOGRAPH_TEST_BOLT_URI_${worker}`] ?? "",
    // The run's local Neo4j has a generated password (global set-up passes it on); NEO4J_TEST_URI brings its own.
    NEO4J_USERNAME: process.env.NEO4J_TEST_URI ? process.env.NEO4J_USERNAME : "neo4j",
    NEO4J_PASSWORD: process.env.NEO4J_TEST_URI
      ? process.env.NEO4J_PASSWORD
      : process.env[`INNOGRAPH_TEST_BOLT_PASSWORD_${worker}`],
    INNOGRAPH_NEO4J_INSTANCE: worker === 1 ? instance : `${instance}-${worker}`,
    INNOGRAPH_NEO4J_BOLT_PORT: String(boltPort),
    INNOGRAPH_NEO4J_HEAP: process.env.INNOGRAPH_NEO4J_HEAP ?? "1g",
    INNOGRAPH_NEO4J_PAGECACHE: "256m",
    INNOGRAPH_NEO4J_DISPOSABLE: "true",
    INNOGRAPH_EDITOR_KEYS: "",
    INNOGRAPH_API_KEYS: testApiKeys(),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  });
  return { ...config, port: 0 };
}

/** The test configuration on a local Neo4j instance of a test's own (faults, the export round trip), never NEO4J_URI. */
export function ownInstanceConfig(instance: string, boltPort: number): Config {
  const base = testConfig();
  return {
    ...base,
    local: { ...base.local, instance, boltPort },
    neo4j: { ...base.neo4j, uri: undefined },
  };
}
