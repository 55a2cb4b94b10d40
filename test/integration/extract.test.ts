import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../src/neo4j/database";
import { toNumber } from "../../src/neo4j/values";
import { startTestService, type TestService } from "../support/harness";

// extractFacts over GraphQL against the seeded graph: candidates come back with exact quotes and the
// graph's own ids for entities it already has; nothing is written; an editor key is required.
const EDITOR = { authorization: "Bearer test-editor-key" };
const seedFile = path.resolve(__dirname, "../../seeds/001-yangzhou-jitri.json");
const seed = JSON.parse(fs.readFileSync(seedFile, "utf8")) as {
  source: { file: string; publishedOn: string };
  entities: { id: string }[];
};
const page = fs.readFileSync(path.resolve(__dirname, "../../seeds/sources", seed.source.file), "utf8");
const QUERY = `query($t: String!, $u: String, $p: String) {
  extractFacts(text: $t, url: $u, publishedOn: $p) {
    text script publishedOn bodyStart bodyEnd
    entities { id kind name mergeWith quote start end confidence rule }
    relations { type from to quote start end confidence rule modality evidenceKind role roleText }
    numbers { owner key value unit qualifier quote start end }
  }
}`;

interface Extraction {
  text: string;
  publishedOn: string;
  entities: {
    id: string;
    mergeWith: string | null;
    quote: string;
    start: number;
    end: number;
    confidence: number;
    rule: string;
  }[];
  relations: { from: string; to: string; quote: string; start: number; end: number }[];
  numbers: { quote: string; start: number; end: number }[];
}

let service: TestService;
let db: Database;

beforeAll(async () => {
  service = await startTestService();
  db = service.app.db;
});

afterAll(async () => {
  await service.stop();
});

async function graphSize() {
  const [row] = await db.read("test/graph-size");
  return { entities: toNumber(row!.entities), relations: toNumber(row!.relations), sources: toNumber(row!.sources) };
}

describe("extractFacts", () => {
  it("should return candidates with exact quotes, merging the entities the graph has, and write nothing", async () => {
    const before = await graphSize();
    const res = await service.gql<{ extractFacts: Extraction }>(
      QUERY,
      { t: page, u: "https://example.org/a", p: seed.source.publishedOn },
      EDITOR,
    );
    expect(res.errors).toBeUndefined();
    const x = res.data!.extractFacts;
    expect(x.text).toBe(page);
    for (const c of [...x.entities, ...x.relations, ...x.numbers]) expect(page.slice(c.start, c.end)).toBe(c.quote);
    // The page is one of the seeded articles, so its curated entities are in the graph: most come back merged.
    const curated = new Set(seed.entities.map(e => e.id));
    const merged = x.entities.filter(e => e.mergeWith && curated.has(e.mergeWith));
    expect(merged.length).toBeGreaterThanOrEqual(Math.ceil(curated.size * 0.6));
    const ids = new Set(x.entities.map(e => e.id));
    expect(x.relations.length).toBeGreaterThan(5);
    for (const r of x.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
    expect(await graphSize()).toEqual(before);
  });

  it("should need an editor key", async () => {
    const res = await service.gql(QUERY, { t: page });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["an empty page", "   ", "BAD_USER_INPUT"],
    ["a page with no Chinese body", "Nothing but English words here.\n".repeat(20), "BAD_USER_INPUT"],
  ])("should refuse %s", async (_what, text, code) => {
    const res = await service.gql(QUERY, { t: text }, EDITOR);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.data?.extractFacts ?? null).toBeNull();
  });

  it("should refuse a publication date that is not a partial ISO date, naming the field", async () => {
    const res = await service.gql(QUERY, { t: page, p: "yesterday" }, EDITOR);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors?.[0])).toContain("publishedOn");
  });
});
