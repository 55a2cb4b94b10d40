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
import { articlesDir } from "../support/seed-fixtures";

// A scale test (ops tier): the whole 2,000-entity network, about 10,000 relationships and their partnership
// ties, loaded twice; minutes on this machine. The integration tier loads a slice of the smallest network
// (test/integration/generate.test.ts).
const NODES = 2_000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-generate-"));
const dirOf = (name: string) => path.join(tmp, name);

function generate(name: string, seed: number): string {
  const outDir = dirOf(name);
  // Small files, so the test also covers entities repeated as stubs across files.
  generateNetwork({ nodes: NODES, seed, outDir, recordsPerFile: 3_000 });
  return outDir;
}

const total = (c: Counts) => ({
  entities: Object.values(c.byKind).reduce((a, b) => a + b, 0),
  relations: Object.values(c.byRelation).reduce((a, b) => a + b, 0),
});

let seeds: SeedFileInput[];

beforeAll(() => {
  generate("a", 7);
  seeds = seedFilesIn(dirOf("a")).map(f => readSeedFile(f, articlesDir));
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
    const log = createLogger("silent");
    const before = await graphCounts(db);
    const sources = seeds.map(s => s.source.id);
    try {
      const files = seedFilesIn(dirOf("a"));
      const report = await loadSeedFiles(db, files, articlesDir, log);
      const relations = seeds.reduce((n, s) => n + s.relations.length, 0);
      expect(total(report)).toEqual({
        entities: total(before).entities + NODES,
        relations: total(before).relations + relations,
      });
      const again = await loadSeedFiles(db, files, articlesDir, log);
      expect(again.byKind).toEqual(report.byKind);
      expect(again.byRelation).toEqual(report.byRelation);
    } finally {
      await db.write("test/delete-sources", { sources });
    }
    expect(await graphCounts(db)).toEqual(before);
  }, 900_000);
});
