import fs from "node:fs";
import neo4j, { type AuthToken } from "neo4j-driver";
import { createLogger } from "../../src/logger";
import { cypher } from "../../src/neo4j/cypher-registry";
import { instanceRoot, passwordFile, readLocalPassword } from "../../src/neo4j/local-password";
import { startLocalServer, stopLocalServer, type LocalServer } from "../../src/neo4j/local-server";
import { toNumber } from "../../src/neo4j/values";
import { testConfig } from "../support/test-env";

const log = createLogger("silent");
// An instance of this suite's own for the migration: it is made the way innograph made them before passwords.
const MIGRATION_INSTANCE = process.env.INNOGRAPH_MIGRATION_INSTANCE ?? "migration";
const MIGRATION_BOLT_PORT = Number(process.env.INNOGRAPH_MIGRATION_BOLT_PORT ?? 7714);

/** The Neo4j error code a ping with these credentials gets, or "ok". */
async function ping(uri: string, auth?: AuthToken): Promise<string> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery(cypher.get("meta/ping"));
    return "ok";
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  } finally {
    await driver.close();
  }
}

function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

// Only when the suite runs its own local Neo4j (not NEO4J_TEST_URI): that one is innograph's to secure.
const local = process.env.NEO4J_TEST_URI ? describe.skip : describe;

local("the local Neo4j", () => {
  const config = testConfig();
  const uri = config.neo4j.uri!;
  const root = instanceRoot(config.local);

  it("should keep a generated password in the instance folder, readable by its owner only", () => {
    expect(modeOf(passwordFile(root))).toBe(0o600);
    expect(readLocalPassword(root)!.length).toBeGreaterThanOrEqual(32);
  });

  it("should refuse a connection without the password, or with a wrong one", async () => {
    expect(await ping(uri)).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await ping(uri, neo4j.auth.basic("neo4j", "neo4j"))).toBe("Neo.ClientError.Security.Unauthorized");
  });

  it("should accept the stored password", async () => {
    expect(await ping(uri, neo4j.auth.basic("neo4j", readLocalPassword(root)!))).toBe("ok");
  });
});

local("an instance made before passwords", () => {
  const base = testConfig();
  const cfg = { ...base.local, instance: MIGRATION_INSTANCE, boltPort: MIGRATION_BOLT_PORT };
  const root = instanceRoot(cfg);
  const tag = `migrate${Date.now().toString(36)}`;
  let server: LocalServer | undefined;

  beforeAll(async () => {
    await stopLocalServer(cfg, log);
    fs.rmSync(root, { recursive: true, force: true });
    // As innograph made instances before: authentication off, no password anywhere.
    const old = await startLocalServer(cfg, log, { authEnabled: false });
    try {
      expect(await ping(old.uri)).toBe("ok");
      const driver = neo4j.driver(old.uri);
      try {
        await driver.executeQuery(cypher.get("test/create-star"), { tag, leaves: ["a", "b", "c"] });
      } finally {
        await driver.close();
      }
    } finally {
      await old.stop();
    }
    expect(fs.existsSync(passwordFile(root))).toBe(false);
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
  }, 120_000);

  it("should turn authentication on at the next start, with a stored password and nothing lost", async () => {
    server = await startLocalServer(cfg, log);
    const password = readLocalPassword(root);
    expect(password).toBeDefined();
    expect(modeOf(passwordFile(root))).toBe(0o600);
    expect(server.credentials).toEqual({ username: "neo4j", password });
    expect(await ping(server.uri)).toBe("Neo.ClientError.Security.Unauthorized");
    const driver = neo4j.driver(server.uri, neo4j.auth.basic("neo4j", password!));
    try {
      const { records } = await driver.executeQuery(cypher.get("test/count-tagged"), { tag });
      expect(toNumber(records[0]!.get("nodes"))).toBe(4);
      await driver.executeQuery(cypher.get("test/delete-tagged"), { tag });
    } finally {
      await driver.close();
    }
  }, 600_000);
});
