import "reflect-metadata";
import { createLogger } from "../../src/logger";
import { Database } from "../../src/neo4j/database";
import { startLocalServer } from "../../src/neo4j/local-server";
import { applySchema } from "../../src/neo4j/schema";
import { seedFilesIn } from "../../src/seed/seed-file";
import { loadSeedFiles } from "../../src/seed/seed-files";
import { testApiKeys, testConfig } from "./test-env";

/** One Neo4j for the whole run, wiped and loaded with the curated seeds once. */
export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? "warn");
  const server = config.neo4j.uri ? undefined : await startLocalServer(config.local, log);
  const uri = config.neo4j.uri ?? server!.uri;
  // Workers are forked after this, so they inherit the address and the hashed test keys.
  process.env.INNOGRAPH_TEST_BOLT_URI = uri;
  testApiKeys();
  if (server?.credentials) process.env.INNOGRAPH_TEST_BOLT_PASSWORD = server.credentials.password;
  (globalThis as { __innographNeo4j?: unknown }).__innographNeo4j = server;
  const db = new Database({ ...config.neo4j, ...server?.credentials, uri }, log);
  try {
    await db.autoCommit("admin/wipe");
    await applySchema(db, log);
    await loadSeedFiles(db, seedFilesIn(config.seedsDir), config.articlesDir, log);
  } finally {
    await db.close();
  }
}
