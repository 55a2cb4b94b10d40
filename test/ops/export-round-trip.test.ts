import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportGraph } from "../../src/export/export.service";
import { ExportError } from "../../src/export/stored-fact";
import { createLogger } from "../../src/logger";
import { Database } from "../../src/neo4j/database";
import { startLocalServer, stopLocalServer, type LocalServer } from "../../src/neo4j/local-server";
import { applySchema } from "../../src/neo4j/schema";
import { toNumber } from "../../src/neo4j/values";
import { seedFilesIn } from "../../src/seed/seed-file";
import { loadSeedFiles } from "../../src/seed/seed-files";
import { graphChecksum, type GraphChecksum } from "../support/graph-checksum";
import { ownInstanceConfig } from "../support/test-env";

// Its own Neo4j (never the run's shared one): the round trip wipes it.
const INSTANCE = process.env.INNOGRAPH_ROUND_TRIP_INSTANCE ?? "round-trip";
const BOLT_PORT = Number(process.env.INNOGRAPH_ROUND_TRIP_BOLT_PORT ?? 7716);
// Small pages, so the curated sources span several and paging is exercised.
const PAGE_SIZE = 7;

const log = createLogger("silent");
const figures: Record<string, unknown> = {};

const config = ownInstanceConfig(INSTANCE, BOLT_PORT);
let server: LocalServer;
let db: Database;
let seeded: GraphChecksum;
let work: string;

async function ties(): Promise<number> {
  const [row] = await db.read<{ ties: unknown }>("test/partnership-tie-count");
  return toNumber(row!.ties);
}

beforeAll(async () => {
  // A left-over instance from an interrupted run is stopped, and every run starts from an empty store.
  await stopLocalServer(config.local, log);
  fs.rmSync(path.join(config.local.home, "instances", INSTANCE, "data"), { recursive: true, force: true });
  server = await startLocalServer(config.local, log);
  db = new Database({ ...config.neo4j, ...server.credentials, uri: server.uri }, log);
  await applySchema(db, log);
  await loadSeedFiles(db, seedFilesIn(config.seedsDir), config.articlesDir, log);
  seeded = await graphChecksum(db);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-export-"));
}, 600_000);

afterAll(async () => {
  await db?.close();
  await server?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
  process.stdout.write(`export round trip: ${JSON.stringify(figures)}\n`);
}, 120_000);

describe("export, wipe and reload", () => {
  it("should rebuild the same graph, partnership ties included, from the export alone", async () => {
    const tiesBefore = await ties();
    expect(tiesBefore).toBeGreaterThan(0);
    const dir = path.join(work, "whole");
    const started = Date.now();
    const report = await exportGraph(db, { dir, pageSize: PAGE_SIZE });
    figures.exportMs = Date.now() - started;
    figures.exportBytes = report.bytes;
    expect(report.files).toHaveLength(seedFilesIn(config.seedsDir).length);
    expect(report.conflicting).toEqual([]);

    await db.autoCommit("admin/wipe");
    expect((await graphChecksum(db)).nodes).toBe(0);
    // An articles directory without the texts: the export must carry them itself.
    const noArticles = fs.mkdtempSync(path.join(work, "no-articles-"));
    const reloadStarted = Date.now();
    await loadSeedFiles(db, seedFilesIn(dir), noArticles, log);
    figures.reloadMs = Date.now() - reloadStarted;

    const reloaded = await graphChecksum(db);
    figures.checksum = { seeded, reloaded };
    expect(reloaded).toEqual(seeded);
    expect(await ties()).toBe(tiesBefore);
  }, 600_000);

  it("should tell apart a reloaded graph that lost one stored field", async () => {
    const [file] = seedFilesIn(path.join(work, "whole"));
    const { relations } = JSON.parse(fs.readFileSync(file!, "utf8")) as {
      relations: { type: string; from: string; to: string }[];
    };
    const r = relations[0]!;
    await db.write("test/set-relation-modality", { id: `${r.from}-${r.type.toLowerCase()}-${r.to}`, modality: null });
    expect((await graphChecksum(db)).sha256).not.toBe(seeded.sha256);
  });

  it("should export one source's facts: every entity and relation that names it, and nothing else", async () => {
    const { source } = JSON.parse(fs.readFileSync(seedFilesIn(config.seedsDir)[1]!, "utf8")) as {
      source: { id: string };
    };
    const dir = path.join(work, "one");
    const report = await exportGraph(db, { dir, sources: [source.id], pageSize: PAGE_SIZE });
    const [counts] = await db.read<{ entities: unknown; relations: unknown }>("test/checksum-by-source", {
      sources: [source.id],
    });
    expect(report.files).toHaveLength(1);
    const exported = JSON.parse(fs.readFileSync(path.join(dir, report.files[0]!), "utf8")) as {
      source: { id: string };
      entities: unknown[];
      relations: unknown[];
    };
    expect(exported.source.id).toBe(source.id);
    expect(exported.entities).toHaveLength(toNumber(counts!.entities));
    expect(exported.relations).toHaveLength(toNumber(counts!.relations));
  });

  it("should refuse an unknown source and a directory that already holds seed files, writing nothing", async () => {
    const dir = path.join(work, "refused");
    await expect(exportGraph(db, { dir, sources: ["src-nowhere"], pageSize: PAGE_SIZE })).rejects.toThrow(
      new ExportError("--source src-nowhere: no such source in the graph"),
    );
    expect(fs.existsSync(dir)).toBe(false);
    await expect(exportGraph(db, { dir: path.join(work, "whole"), pageSize: PAGE_SIZE })).rejects.toThrow(
      /already holds seed files/,
    );
  });
});
