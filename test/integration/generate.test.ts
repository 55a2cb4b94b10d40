import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateNetwork } from "../../src/generate/generate";
import { createLogger } from "../../src/logger";
import type { Database } from "../../src/neo4j/database";
import { readSeedFile, seedFilesIn } from "../../src/seed/seed-file";
import { loadSeedFiles } from "../../src/seed/seed-files";
import { graphCounts, type Counts } from "../../src/seed/seed-loader";
import type { SeedFileInput } from "../../src/seed/seed.input";
import { startTestService, type TestService } from "../support/harness";
import { articlesDir, distinctEntityIds } from "../support/seed-fixtures";

// The smallest network (kindCounts needs 1000) in small files, of which the first two load: each file is
// whole (the entities it names from other files are repeated in it as stubs), so any two load on their own,
// and two files share places, which covers stubs repeated across files. The whole network at a larger size
// loads in the ops tier (test/ops/generate-load.test.ts): minutes, where this takes seconds.
const NODES = 1_000;
const FILES = 2;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-generate-"));

const total = (c: Counts) => ({
  entities: Object.values(c.byKind).reduce((a, b) => a + b, 0),
  relations: Object.values(c.byRelation).reduce((a, b) => a + b, 0),
});

let files: string[];
let seeds: SeedFileInput[];

beforeAll(() => {
  generateNetwork({ nodes: NODES, seed: 7, outDir: tmp, recordsPerFile: 250 });
  files = seedFilesIn(tmp).slice(0, FILES);
  seeds = files.map(f => readSeedFile(f, articlesDir));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("loading a generated network", () => {
  let service: TestService;
  let db: Database;

  beforeAll(async () => {
    service = await startTestService();
    db = service.app.db;
  });

  afterAll(async () => {
    await service.stop();
  });

  it("should load through the seed loader, change nothing on a second load, and leave the seed graph as it was once removed", async () => {
    const entityIds = seeds.map(s => new Set(s.entities.map(e => e.id)));
    const distinct = new Set(entityIds.flatMap(ids => [...ids]));
    // The slice is what it should be: files that repeat entities, none of which is a curated one.
    expect(files).toHaveLength(FILES);
    expect([...entityIds[0]!].filter(id => entityIds[1]!.has(id)).length).toBeGreaterThan(0);
    expect([...distinctEntityIds()].filter(id => distinct.has(id))).toEqual([]);

    const log = createLogger("silent");
    const before = await graphCounts(db);
    const sources = seeds.map(s => s.source.id);
    try {
      const report = await loadSeedFiles(db, files, articlesDir, log);
      const relations = new Set(seeds.flatMap(s => s.relations.map(r => `${r.type}|${r.from}|${r.to}`)));
      expect(total(report)).toEqual({
        entities: total(before).entities + distinct.size,
        relations: total(before).relations + relations.size,
      });
      const again = await loadSeedFiles(db, files, articlesDir, log);
      expect(again.byKind).toEqual(report.byKind);
      expect(again.byRelation).toEqual(report.byRelation);
    } finally {
      await db.write("test/delete-sources", { sources });
    }
    expect(await graphCounts(db)).toEqual(before);
  });
});
