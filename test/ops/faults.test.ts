import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import type { Config } from "../../src/config";
import { startInnograph, type Innograph } from "../../src/innograph";
import { createLogger } from "../../src/logger";
import { cypher } from "../../src/neo4j/cypher-registry";
import { Database } from "../../src/neo4j/database";
import { startLocalServer, stopLocalServer, type LocalServer } from "../../src/neo4j/local-server";
import { applySchema } from "../../src/neo4j/schema";
import { toNumber } from "../../src/neo4j/values";
import { seedFilesIn } from "../../src/seed/seed-file";
import { loadSeedFiles } from "../../src/seed/seed-files";
import { graphCountsForReload } from "../support/graph-checksum";
import { ownInstanceConfig, TEST_KEYS } from "../support/test-env";

// Its own Neo4j (never the run's shared one): this suite stops and kills it.
const INSTANCE = process.env.INNOGRAPH_FAULTS_INSTANCE ?? "faults";
const BOLT_PORT = Number(process.env.INNOGRAPH_FAULTS_BOLT_PORT ?? 7709);
const SOURCES = Number(process.env.INNOGRAPH_FAULTS_SOURCES ?? 60);
const PER_SOURCE = Number(process.env.INNOGRAPH_FAULTS_PER_SOURCE ?? 80);
const FAIL_FAST_MS = 6_000;

const log = createLogger("silent");
const tag = `zzc${Date.now().toString(36)}`;
const QUERY = `{ entity(id: "city-xuzhou") { id relations(first: 3) { type } } }`;
const figures: Record<string, unknown> = {};

const faultsConfig = (): Config => ownInstanceConfig(INSTANCE, BOLT_PORT);

/** A tiny PRNG, so every run loads the same data set. */
function prng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/**
 * Many sources whose entities overlap (a pool three times one source's size), so a reload that
 * duplicated anything would show in the counts. Returns the files and, per source, what it writes.
 */
function generate(dir: string): { files: string[]; expected: Map<string, { entities: number; relations: number }> } {
  const rand = prng(7);
  const pool = PER_SOURCE * 3;
  const expected = new Map<string, { entities: number; relations: number }>();
  const files: string[] = [];
  for (let s = 0; s < SOURCES; s++) {
    const source = `src-${tag}-${s}`;
    const ids = new Set<number>();
    while (ids.size < PER_SOURCE) ids.add(Math.floor(rand() * pool));
    const picked = [...ids];
    const entities = picked.map(n => ({
      id: `ent-${tag}-${n}`,
      kind: "Enterprise",
      name: `故障测试企业${n}`,
      evidence: [{ quote: `${source} 提到企业 ${n}` }],
    }));
    const relations = picked.slice(1).map((n, i) => ({
      type: "COOPERATES_WITH",
      from: `ent-${tag}-${picked[i]}`,
      to: `ent-${tag}-${n}`,
      evidence: [{ quote: `${source} 合作 ${i}` }],
    }));
    const file = path.join(dir, `${String(s).padStart(3, "0")}-${source}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({
        formatVersion: 2,
        // Quotes are always checked: the source carries the text they come from.
        source: {
          id: source,
          title: `故障测试 ${s}`,
          script: "Hans",
          text: [...entities, ...relations].map(f => f.evidence[0]!.quote).join("\n"),
        },
        entities,
        relations,
      }),
    );
    files.push(file);
    expected.set(source, { entities: entities.length, relations: relations.length });
  }
  return { files, expected };
}

let server: LocalServer;
let service: Innograph;
let db: Database;

async function gql(
  query: string,
): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${service.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

const health = async () => (await fetch(`${service.url}/health`)).status;

/** Polls until `ok` holds; returns how long it took. */
async function until(what: string, ok: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await ok().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`${what}: not within ${withinMs} ms`);
    await new Promise(r => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const config = faultsConfig();
  // A left-over instance from an interrupted run is stopped, and every run starts from an empty store.
  await stopLocalServer(config.local, log);
  fs.rmSync(path.join(config.local.home, "instances", INSTANCE, "data"), { recursive: true, force: true });
  server = await startLocalServer(config.local, log);
  db = new Database({ ...config.neo4j, ...server.credentials, uri: server.uri }, log);
  await applySchema(db, log);
  await loadSeedFiles(db, seedFilesIn(config.seedsDir), config.articlesDir, log);
  // The service is pointed at the server like any external Neo4j: it must cope with it going away.
  service = await startInnograph(
    { ...config, neo4j: { ...config.neo4j, ...server.credentials, uri: server.uri } },
    log,
    { seed: false },
  );
}, 600_000);

afterAll(async () => {
  await service?.stop();
  await db?.close();
  await server?.stop();
  process.stdout.write(`faults: ${JSON.stringify(figures)}\n`);
}, 120_000);

describe("Neo4j stopped while the service runs", () => {
  it("should answer /health 503 and fail queries fast with SERVICE_UNAVAILABLE, then recover by itself", async () => {
    expect(await health()).toBe(200);
    expect((await gql(QUERY)).body.errors).toBeUndefined();

    await server.stop();
    figures.healthTurned503Ms = await until("/health 503", async () => (await health()) === 503, FAIL_FAST_MS);
    const started = Date.now();
    const down = await gql(QUERY);
    figures.failFastMs = Date.now() - started;
    // What a dashboard sees: an answer (not a hung request or a 5xx page), with a null entity and the reason.
    expect(down).toEqual({
      status: 200,
      body: {
        data: { entity: null },
        errors: [
          expect.objectContaining({
            message: "the graph database is unreachable; try again shortly",
            path: ["entity"],
            extensions: { code: "SERVICE_UNAVAILABLE" },
          }),
        ],
      },
    });

    const restarting = Date.now();
    server = await startLocalServer(faultsConfig().local, log);
    const ready = Date.now();
    figures.neo4jRestartMs = ready - restarting;
    figures.serviceRecoveryAfterNeo4jReadyMs = await until(
      "recovery",
      async () => (await health()) === 200 && (await gql(QUERY)).body.errors === undefined,
      30_000,
    );
    expect((await gql(QUERY)).body).toEqual({ data: { entity: expect.objectContaining({ id: "city-xuzhou" }) } });
  }, 300_000);
});

describe("Neo4j killed in the middle of a large load", () => {
  let dir: string;
  let data: ReturnType<typeof generate>;
  let clean: Record<string, number>;
  let baseline: Record<string, number>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-faults-"));
    data = generate(dir);
    baseline = await graphCountsForReload(db);
    // The counts a clean load gives, then back to the seed graph.
    await loadSeedFiles(db, data.files, faultsConfig().articlesDir, log);
    clean = await graphCountsForReload(db);
    await db.write("test/delete-tagged-writes", { tag });
    expect(await graphCountsForReload(db)).toEqual(baseline);
  }, 1_800_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("should leave every source wholly present or absent, and a second load should end at the clean counts", async () => {
    // Killed just after half the sources have committed: the next one's transaction is then under way.
    let loaded = 0;
    const killAt = Math.floor(SOURCES / 2);
    const watch = new Writable({
      write(chunk: Buffer, _enc, done) {
        if (chunk.toString().includes('"source loaded"') && ++loaded === killAt) {
          setTimeout(() => process.kill(server.pid, "SIGKILL"), 20);
        }
        done();
      },
    });
    const loading = loadSeedFiles(db, data.files, faultsConfig().articlesDir, pino({ level: "info" }, watch));
    await expect(loading).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    figures.sourcesCommittedBeforeKill = loaded;
    await until("/health 503 after the kill", async () => (await health()) === 503, FAIL_FAST_MS);

    const restarting = Date.now();
    server = await startLocalServer(faultsConfig().local, log);
    figures.neo4jRestartAfterKillMs = Date.now() - restarting;
    figures.serviceRecoveryAfterKillMs = await until(
      "recovery after the kill",
      async () => (await health()) === 200,
      30_000,
    );

    const rows = await db.read<{ source: string; present: unknown; entities: unknown; relations: unknown }>(
      "test/checksum-by-source",
      { sources: [...data.expected.keys()] },
    );
    const states = rows.map(r => {
      const want = data.expected.get(r.source)!;
      const got = { present: toNumber(r.present), entities: toNumber(r.entities), relations: toNumber(r.relations) };
      if (got.present === 1 && got.entities === want.entities && got.relations === want.relations) return "whole";
      if (got.present === 0 && got.entities === 0 && got.relations === 0) return "absent";
      return `partial ${r.source} ${JSON.stringify(got)} of ${JSON.stringify(want)}`;
    });
    expect(states.filter(s => s !== "whole" && s !== "absent")).toEqual([]);
    const whole = states.filter(s => s === "whole").length;
    figures.afterKill = { whole, absent: SOURCES - whole, counts: await graphCountsForReload(db) };
    expect(whole).toBeGreaterThanOrEqual(killAt);
    expect(whole).toBeLessThan(SOURCES);

    await loadSeedFiles(db, data.files, faultsConfig().articlesDir, log);
    const reloaded = await graphCountsForReload(db);
    figures.cleanLoad = clean;
    figures.afterReload = reloaded;
    expect(reloaded).toEqual(clean);
    expect((await gql(QUERY)).body.errors).toBeUndefined();
    await db.write("test/delete-tagged-writes", { tag });
  }, 1_800_000);
});

describe("database timeout", () => {
  it("should stop a request that waits past NEO4J_QUERY_TIMEOUT_MS with TIMEOUT", async () => {
    const config = faultsConfig();
    const slow = await startInnograph(
      { ...config, neo4j: { ...config.neo4j, ...server.credentials, uri: server.uri, queryTimeoutMs: 1_000 } },
      log,
      { seed: false },
    );
    const session = db.driver.session({ database: config.neo4j.database });
    const tx = session.beginTransaction();
    try {
      // The test holds the entity's write lock, so the service's write waits on it until its own timeout.
      const locked = await tx.run(cypher.get("test/lock-entity"), { id: "city-xuzhou" });
      expect(locked.records).toHaveLength(1);
      const started = Date.now();
      const res = await fetch(`${slow.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TEST_KEYS.editor}` },
        body: JSON.stringify({
          query: `mutation { upsertEntity(sourceId: "src-xuzhou-shanghai-talks", entity: { id: "city-xuzhou", kind: City, name: "徐州", evidence: [{ quote: "徐州" }] }) { id } }`,
        }),
      });
      const body = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      figures.timeoutAfterMs = Date.now() - started;
      expect(body.errors?.[0]?.extensions).toEqual({ code: "TIMEOUT", timeoutMs: 1_000 });
      expect(body.errors?.[0]?.message).toBe("the query took longer than 1000 ms and was stopped");
    } finally {
      await tx.rollback();
      await session.close();
      await slow.stop();
    }
  });
});
