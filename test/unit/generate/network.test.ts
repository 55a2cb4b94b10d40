import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateNetwork } from "../../../src/generate/generate";
import { readSeedFile, seedFilesIn } from "../../../src/seed/seed-file";
import type { SeedFileInput } from "../../../src/seed/seed.input";
import { articlesDir } from "../../support/seed-fixtures";

// The smallest network the generator makes (kindCounts needs 1000): the unit tier stays fast.
const NODES = 1_000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-generate-"));
const dirOf = (name: string) => path.join(tmp, name);

function generate(name: string, seed: number): string {
  const outDir = dirOf(name);
  // Small files, so the test also covers entities repeated as stubs across files.
  generateNetwork({ nodes: NODES, seed, outDir, recordsPerFile: 1_500 });
  return outDir;
}

// Compared by digest: jest's deep equality walks a Buffer byte by byte, 2.5 s of CPU for these files.
const digestsOf = (dir: string) =>
  seedFilesIn(dir).map(f => createHash("sha256").update(fs.readFileSync(f)).digest("hex"));

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
    const a = digestsOf(dirOf("a"));
    expect(a.length).toBeGreaterThan(3);
    expect(digestsOf(dirOf("b"))).toEqual(a);
    expect(digestsOf(dirOf("c"))).not.toEqual(a);
  });

  it("should write files that pass the seed validation, each relation's ends in its own file", () => {
    // readSeedFile (in beforeAll) throws on any problem, references to other files included.
    expect(seeds.every(s => s.source.id.startsWith(`src-gen-s7-n${NODES}-`))).toBe(true);
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
    const dates = seeds
      .flatMap(s => s.entities)
      .filter(e => e.kind === "Event" || e.kind === "Agreement")
      .map(e => String(e.properties?.date));
    expect(dates.every(d => /^20(0[5-9]|1\d|2[0-4])/.test(d))).toBe(true);
    const full = dates.filter(d => d.length === 10).length;
    expect(full / dates.length).toBeGreaterThan(0.6);
    expect(dates.some(d => d.length === 4)).toBe(true);
  });
});
