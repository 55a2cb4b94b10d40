import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateNetwork } from "../../../src/generate/generate";
import { BulkGraph } from "../../../src/seed/bulk-graph";
import { RecordPartitions } from "../../../src/seed/bulk-partitions";
import { fileLines } from "../../../src/seed/chunked-file";
import { seedFilesIn } from "../../../src/seed/seed-file";
import type { SeedFileInput } from "../../../src/seed/seed.input";

describe("RecordPartitions", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-partitions-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("should merge partition by partition into the graph that merging every file at once leaves", () => {
    // Small files, so that shared entities recur as stubs in many of them and are merged across files.
    const generated = path.join(dir, "generated");
    generateNetwork({ nodes: 1_000, seed: 5, outDir: generated, recordsPerFile: 600 });
    const seeds = seedFilesIn(generated).map(f => JSON.parse(fs.readFileSync(f, "utf8")) as SeedFileInput);
    expect(seeds.length).toBeGreaterThan(5);

    const whole = new BulkGraph();
    for (const seed of seeds) whole.add(seed);

    const bytes = seeds.reduce((n, s) => n + JSON.stringify(s).length, 0);
    const partitions = new RecordPartitions(dir, bytes, Math.ceil(bytes / 7));
    seeds.forEach((seed, i) => {
      for (const e of seed.entities) partitions.addEntity(i, e);
      for (const r of seed.relations) partitions.addRelation(i, r);
    });
    partitions.close();
    expect(partitions.count).toBe(7);

    const sources = seeds.map(s => ({ id: s.source.id, publishedOn: s.source.publishedOn }));
    const merged = Array.from({ length: partitions.count }, (_, i) => partitions.merge(i, sources));
    expect(merged.filter(g => g.entities.size > 0).length).toBe(7);
    const entities = new Map(merged.flatMap(g => [...g.entities]));
    const relations = new Map(merged.flatMap(g => [...g.relations]));
    expect(entities.size).toBe(merged.reduce((n, g) => n + g.entities.size, 0));
    expect(entities).toEqual(whole.entities);
    expect(relations).toEqual(whole.relations);
    // An entity named by several files holds every file's source once.
    expect([...entities.values()].some(e => (e.props.get("sources") as string[]).length > 1)).toBe(true);
    expect(fs.readdirSync(dir).filter(f => f.startsWith("partition-"))).toEqual([]);
  });
});

describe("fileLines", () => {
  it("should read lines whole when a character of several bytes straddles a read", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "innograph-lines-")), "lines.jsonl");
    // 3-byte characters from an offset of one byte: some land across the megabyte boundary of a read.
    const long = `x${"徐州".repeat(400_000)}`;
    fs.writeFileSync(file, `${long}\n短\n${long}`);
    expect([...fileLines(file)]).toEqual([long, "短", long]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
