import { loadConfig } from "../../src/config";
import { startTestService, type TestService } from "../support/harness";

const limits = loadConfig().limits;
let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

/** `{ entity { relations { other { relations ... { id } } } } }`: `levels` fields deep, leaf included, one relation per level. */
function nested(levels: number): string {
  let body = "id";
  for (let i = levels - 3; i >= 0; i--) body = i % 2 === 0 ? `relations(first: 1) { ${body} }` : `other { ${body} }`;
  return `{ entity(id: "city-xuzhou") { ${body} } }`;
}

async function refusal(query: string) {
  const res = await service.gql(query);
  expect(res.data).toBeUndefined();
  expect(res.errors).toHaveLength(1);
  return { status: res.status, ...res.errors![0]! };
}

describe("query limits", () => {
  it("should answer a query within every limit", async () => {
    const res = await service.gql(`{ entity(id: "city-xuzhou") { id relations(first: 5) { type other { id name } evidence { quote source { id } } } } }`);
    expect(res.errors).toBeUndefined();
  });

  it("should refuse a query deeper than the maximum depth", async () => {
    const error = await refusal(nested(limits.maxDepth + 2));
    expect(error.status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxDepth", max: limits.maxDepth });
    expect(error.message).toMatch(/depth limit of \d+ exceeded/i);
    expect((await service.gql(nested(limits.maxDepth - 1))).errors).toBeUndefined();
  });

  it("should not count fragments as levels", async () => {
    const res = await service.gql(`{ entity(id: "city-xuzhou") { ...F } } fragment F on Entity { ... on City { id } }`);
    expect(res.errors).toBeUndefined();
  });

  it("should refuse too many aliases", async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: meta { version }`).join(" ");
    const error = await refusal(`{ ${aliases} }`);
    expect(error.status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxAliases", max: limits.maxAliases });
  });

  it("should refuse a document with too many tokens", async () => {
    const fields = Array.from({ length: limits.maxTokens }, () => "version").join(" ");
    const error = await refusal(`{ meta { ${fields} } }`);
    expect(error.status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxTokens", max: limits.maxTokens });
  });

  it("should refuse a query that would cost too much", async () => {
    const error = await refusal(`{ entities(first: 100) { nodes { relations(first: 100) { other { relations(first: 100) { id other { id name } } } } } } }`);
    expect(error.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxCost", max: limits.maxCost });
  });
});
