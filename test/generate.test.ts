import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateNetwork } from "../src/generate/generate";
import { createLogger } from "../src/logger";
import type { Database } from "../src/neo4j/database";
import { readSeedFile, seedFilesIn } from "../src/seed/seed-file";
import { loadSeedFiles } from "../src/seed/seed-files";
import { graphCounts, type Counts } from "../src/seed/seed-loader";
import type { SeedFileInput } from "../src/seed/seed.input";
import { startTestService, type TestService } from "./support/harness";
import { articlesDir } from "./support/seed-fixtures";

const NODES = 2_000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-generate-"));
const dirOf = (name: string) => path.join(tmp, name);

function generate(name: string, seed: number): string {
  const outDir = dirOf(name);
  // Small files, so the test also covers entities repeated as stubs across files.
  generateNetwork({ nodes: NODES, seed, outDir, recordsPerFile: 3_000 });
  return outDir;
}

const bytesOf = (dir: string) => seedFilesIn(dir).map(f => fs.readFileSync(f));
const total = (c: Counts) => ({
  entities: Object.values(c.byKind).reduce((a, b) => a + b, 0),
  relations: Object.values(c.byRelation).reduce((a, b) => a + b, 0),
});

let seeds: SeedFileInput[];

beforeAll(() => {
  generate("a", 7);
  generate("b", 7);
  generate("c", 8);
  seeds = seedFilesIn(dirOf("a")).map(f => readSeedFile(f, articlesDir));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the network generator", () => {
  it("should write byte-identical files for the same seed and different ones for another seed", () => {
    const a = bytesOf(dirOf("a"));
    expect(a.length).toBeGreaterThan(3);
    expect(bytesOf(dirOf("b"))).toEqual(a);
    expect(Buffer.concat(bytesOf(dirOf("c"))).equals(Buffer.concat(a))).toBe(false);
  });

  it("should write files that pass the seed validation, each relation's ends in its own file", () => {
    // readSeedFile (in beforeAll) throws on any problem, references to other files included.
    expect(seeds.every(s => s.source.id.startsWith("src-gen-s7-n2000-"))).toBe(true);
    expect(new Set(seeds.map(s => s.source.id)).size).toBe(seeds.length);
  });

  it("should generate exactly the requested entities, with distinct names per kind, and about five relations each", () => {
    const entities = new Map(seeds.flatMap(s => s.entities).map(e => [e.id, e]));
    expect(entities.size).toBe(NODES);
    const names = new Set([...entities.values()].map(e => `${e.kind}:${e.name}`));
    expect(names.size).toBe(NODES);
    const relations = new Set(seeds.flatMap(s => s.relations).map(r => `${r.type}|${r.from}|${r.to}`));
    expect(relations.size).toBe(seeds.reduce((n, s) => n + s.relations.length, 0));
    expect(relations.size / NODES).toBeGreaterThan(4.5);
    expect(relations.size / NODES).toBeLessThan(5.5);
  });

  it("should have a heavy-tailed degree distribution: a few hubs, many small places", () => {
    const degree = new Map<string, number>();
    for (const r of seeds.flatMap(s => s.relations)) {
      degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[sorted.length - 1]!).toBeGreaterThanOrEqual(10 * median);
  });

  it("should date events and agreements between 2005 and 2024, mostly to the day", () => {
    const dates = seeds.flatMap(s => s.entities).filter(e => e.kind === "Event" || e.kind === "Agreement").map(e => String(e.properties?.date));
    expect(dates.every(d => /^20(0[5-9]|1\d|2[0-4])/.test(d))).toBe(true);
    const full = dates.filter(d => d.length === 10).length;
    expect(full / dates.length).toBeGreaterThan(0.6);
    expect(dates.some(d => d.length === 4)).toBe(true);
  });
});

describe("loading a generated network", () => {
  let service: TestService;
  let db: Database;

  beforeAll(async () => {
    service = await startTestService();
    db = service.app.services.db;
  });

  afterAll(async () => {
    await service.stop();
  });

  it("should load through the seed loader, change nothing on a second load, and leave the seed graph as it was once removed", async () => {
    const log = createLogger("silent");
    const before = await graphCounts(db);
    const sources = seeds.map(s => s.source.id);
    try {
      const files = seedFilesIn(dirOf("a"));
      const report = await loadSeedFiles(db, files, articlesDir, log);
      const relations = seeds.reduce((n, s) => n + s.relations.length, 0);
      expect(total(report)).toEqual({ entities: total(before).entities + NODES, relations: total(before).relations + relations });
      const again = await loadSeedFiles(db, files, articlesDir, log);
      expect(again.byKind).toEqual(report.byKind);
      expect(again.byRelation).toEqual(report.byRelation);
    } finally {
      await db.write("generate/delete-sources", { sources });
    }
    expect(await graphCounts(db)).toEqual(before);
  });
});
