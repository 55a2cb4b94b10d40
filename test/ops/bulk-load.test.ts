import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateNetwork } from "../../src/generate/generate";
import { createLogger } from "../../src/logger";
import { Database } from "../../src/neo4j/database";
import { startLocalServer, stopLocalServer } from "../../src/neo4j/local-server";
import { applySchema } from "../../src/neo4j/schema";
import { toNumber } from "../../src/neo4j/values";
import { bulkLoad, BulkLoadRefused } from "../../src/seed/bulk-load";
import { readSeedFile, seedFilesIn, SeedFileError } from "../../src/seed/seed-file";
import { loadSeedFiles } from "../../src/seed/seed-files";
import { graphChecksum, type GraphChecksum } from "../support/graph-checksum";
import { ownInstanceConfig } from "../support/test-env";

// Its own Neo4j (never the run's shared one): a bulk load replaces its whole store.
const INSTANCE = process.env.INNOGRAPH_BULK_INSTANCE ?? "bulk";
const BOLT_PORT = Number(process.env.INNOGRAPH_BULK_BOLT_PORT ?? 7718);
// The smallest network the generator makes, in small files, so shared entities recur as stubs across files (merged, not duplicated).
const NODES = 1_000;

const log = createLogger("silent");
const config = ownInstanceConfig(INSTANCE, BOLT_PORT);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-bulk-test-"));
const generated = path.join(work, "generated");
// The curated seeds first (real articles: page dates, roles, modalities, multi-line texts), then the network.
let files: string[];
let incremental: { checksum: GraphChecksum; ties: number };

/** A database connection to the instance as it runs now (a bulk load restarts it). */
async function connect(): Promise<Database> {
  const server = await startLocalServer(config.local, log);
  return new Database({ ...config.neo4j, ...server.credentials, uri: server.uri }, log);
}

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await connect();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const nodeCount = (db: Database) =>
  db.read<{ nodes: unknown }>("seed/node-count").then(([row]) => toNumber(row!.nodes));
const tieCount = (db: Database) =>
  db.read<{ ties: unknown }>("test/partnership-tie-count").then(([row]) => toNumber(row!.ties));

beforeAll(async () => {
  generateNetwork({ nodes: NODES, seed: 11, outDir: generated, recordsPerFile: 1_500 });
  files = [...seedFilesIn(config.seedsDir), ...seedFilesIn(generated)];
  await stopLocalServer(config.local, log);
  fs.rmSync(path.join(config.local.home, "instances", INSTANCE, "data"), { recursive: true, force: true });
  // The incremental loader's graph, taken before the store is emptied for the bulk load.
  incremental = await withDb(async db => {
    await applySchema(db, log);
    await loadSeedFiles(db, files, config.articlesDir, log);
    const checksum = await graphChecksum(db);
    const ties = await tieCount(db);
    await db.autoCommit("admin/wipe");
    return { checksum, ties };
  });
}, 600_000);

afterAll(async () => {
  await stopLocalServer(config.local, log);
  fs.rmSync(work, { recursive: true, force: true });
}, 120_000);

describe("npm run seed -- --bulk", () => {
  it("should build the graph the incremental loader builds from the same files, every node, relationship and property equal", async () => {
    expect(incremental.ties).toBeGreaterThan(0);

    // Small partitions: each entity's and relationship's records merge in one of many, as at a million entities.
    const report = await bulkLoad(config, files, log, { partitionBytes: 64 << 10 });
    expect(report.partitions).toBeGreaterThan(10);
    const relations = files.map(f => readSeedFile(f, config.articlesDir)).reduce((n, s) => n + s.relations.length, 0);
    expect(report.records).toBeGreaterThan(relations);

    const bulk = await withDb(async db => ({ checksum: await graphChecksum(db), ties: await tieCount(db) }));
    expect(bulk.checksum.nodes).toBeGreaterThan(NODES);
    expect(bulk).toEqual(incremental);
  });

  it("should refuse a database that holds anything, writing nothing", async () => {
    const before = await withDb(db => graphChecksum(db));
    expect(before.nodes).toBeGreaterThan(0);
    await expect(bulkLoad(config, files, log)).rejects.toThrow(BulkLoadRefused);
    await expect(bulkLoad(config, files, log)).rejects.toThrow(/already holds \d+ node\(s\)/);
    expect(await withDb(db => graphChecksum(db))).toEqual(before);
  });

  it("should refuse a remote database before reading anything", async () => {
    const remote = { ...config, neo4j: { ...config.neo4j, uri: "bolt://127.0.0.1:1" } };
    await expect(bulkLoad(remote, files, log)).rejects.toThrow(/NEO4J_URI is set/);
  });

  it("should refuse a file with a quote its article does not hold, naming file, record and field, writing nothing", async () => {
    await withDb(db => db.autoCommit("admin/wipe"));
    const bad = path.join(work, "bad");
    fs.cpSync(generated, bad, { recursive: true });
    const [first, second] = seedFilesIn(bad);
    const seed = JSON.parse(fs.readFileSync(second!, "utf8")) as { relations: { evidence: { quote: string }[] }[] };
    seed.relations[0]!.evidence[0]!.quote = "这句话不在文章里";
    fs.writeFileSync(second!, JSON.stringify(seed));

    const refused = bulkLoad(config, [first!, second!], log);
    await expect(refused).rejects.toThrow(SeedFileError);
    const { problems } = (await refused.catch((err: unknown) => err)) as SeedFileError;
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.basename(second!),
        record: expect.stringMatching(/^relations\[0\] /) as unknown,
        field: "evidence[0].quote",
      }),
    ]);
    expect(await withDb(nodeCount)).toBe(0);
  });
});
