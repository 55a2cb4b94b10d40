import "reflect-metadata";
import { createLogger, type Logger } from "../../src/logger";
import { Database } from "../../src/neo4j/database";
import { startLocalServer, type LocalServer } from "../../src/neo4j/local-server";
import { applySchema } from "../../src/neo4j/schema";
import { testApiKeys, testConfig, testInstanceCount } from "./test-env";

/** One Neo4j per jest worker for the whole run, each wiped and loaded with the curated seeds once. */
export default async function globalSetup(): Promise<void> {
  const log = createLogger(process.env.LOG_LEVEL ?? "warn");
  // Workers are forked after this, so they inherit the addresses and the hashed test keys.
  testApiKeys();
  const workers = Array.from({ length: testInstanceCount() }, (_, i) => i + 1);
  if (process.env.NEO4J_TEST_URI && workers.length > 1) {
    throw new Error("NEO4J_TEST_URI is one server: run the integration tier on it with --runInBand");
  }
  // Side by side: one instance's start-up waits on disk and the other's uses the CPU.
  const settled = await Promise.allSettled(workers.map(worker => prepare(worker, log)));
  const servers = settled.flatMap(s => (s.status === "fulfilled" && s.value ? [s.value] : []));
  const failed = settled.find(s => s.status === "rejected");
  if (failed) {
    // Jest skips global tear-down when set-up throws: stop what did start.
    await Promise.all(servers.filter(s => s.startedHere).map(s => s.stop()));
    throw failed.reason;
  }
  (globalThis as { __innographNeo4j?: LocalServer[] }).__innographNeo4j = servers;
}

async function prepare(worker: number, log: Logger): Promise<LocalServer | undefined> {
  const config = testConfig(worker);
  // The seed loader's modules (class-validator, type-graphql, the input classes) are loaded while the JVMs
  // start, not before: transpiling them took seconds that Neo4j's provisioning and start-up then waited for.
  const starting = config.neo4j.uri ? undefined : startLocalServer(config.local, log);
  const [{ seedFilesIn }, { loadSeedFiles }, { rehearseWrites }, { AuditRepository }] = await Promise.all([
    import("../../src/seed/seed-file"),
    import("../../src/seed/seed-files"),
    import("../../src/writes/write-rehearsal"),
    import("../../src/audit/audit.repository"),
  ]);
  const server = await starting;
  const uri = config.neo4j.uri ?? server!.uri;
  process.env[`INNOGRAPH_TEST_BOLT_URI_${worker}`] = uri;
  if (server?.credentials) process.env[`INNOGRAPH_TEST_BOLT_PASSWORD_${worker}`] = server.credentials.password;
  const db = new Database({ ...config.neo4j, ...server?.credentials, uri }, log);
  try {
    await db.autoCommit("admin/wipe");
    await applySchema(db, log);
    await loadSeedFiles(db, seedFilesIn(config.seedsDir), config.articlesDir, log);
    // What every start of the service does after seeding; test files' services skip it (harness.ts).
    await rehearseWrites(db, new AuditRepository(db), log);
  } catch (err) {
    // This server is not among those set-up hands to tear-down: left running, the next run would reuse it
    // (warm, and never stopped).
    if (server?.startedHere) await server.stop();
    throw err;
  } finally {
    await db.close();
  }
  return server;
}
