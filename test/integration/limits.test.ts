import { loadConfig } from "../../src/config";
import { startConfiguredService } from "../support/configured-service";
import { startTestService, type TestService } from "../support/harness";
import { nestedPartners } from "../support/hostile-queries";
import { partnerCitiesOf, seedGraph } from "../support/seed-network";

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
    const res = await service.gql(
      `{ entity(id: "city-xuzhou") { id relations(first: 5) { type other { id name } evidence { quote source { id } } } } }`,
    );
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
    const error = await refusal(
      `{ entities(first: 100) { nodes { relations(first: 100) { other { relations(first: 100) { id other { id name } } } } } } }`,
    );
    expect(error.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxCost", max: limits.maxCost });
  });

  it("should refuse a document's costly bound after answering the same document with a cheap one", async () => {
    const query = `query($n: Int!, $id: ID!) { entities(first: $n) { nodes { relations(first: $n) { other { relations(first: $n) { id other { id name } } } } } } entity(id: $id) { id } }`;
    const cheap = await service.gql(query, { n: 2, id: "city-xuzhou" });
    expect(cheap.errors).toBeUndefined();
    // Another id leaves the cost as it was; another bound does not.
    expect((await service.gql(query, { n: 2, id: "city-hefei" })).errors).toBeUndefined();
    const costly = await service.gql(query, { n: 100, id: "city-xuzhou" });
    expect(costly.data).toBeUndefined();
    expect(costly.errors![0]!.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxCost" });
  });

  it.each([6, 7, 8, 12])(
    "should refuse the nested-partners query at %d levels before running it, with its computed cost",
    async levels => {
      const res = await service.gql(nestedPartners(levels));
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      const cost = res.errors!.find(e => e.extensions?.limit === "maxCost");
      expect(cost?.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", max: limits.maxCost });
      // At least the default page of partners, raised to the number of levels.
      expect(cost!.extensions!.cost as number).toBeGreaterThanOrEqual(20 ** levels);
    },
  );

  it("should answer nested partners within the cost, each level cut at its first", async () => {
    // The city with the most ACTUAL partner cities in the seeds: more than `first`, so the cut shows.
    const g = seedGraph();
    const [city] = [...g.entities.values()]
      .filter(e => e.kind === "City")
      .map(c => ({ id: c.id, partners: partnerCitiesOf(g, c.id).size }))
      .sort((x, y) => y.partners - x.partners);
    expect(city!.partners).toBeGreaterThan(3);
    const res = await service.gql<{ entity: { partners: { partners: unknown[] }[] } }>(
      nestedPartners(2, { entityId: city!.id, first: 3 }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity.partners.length).toBe(3);
    for (const p of res.data!.entity.partners) expect((p.partners ?? []).length).toBeLessThanOrEqual(3);
  });

  it("should refuse partners(first) below 1 or above its cap", async () => {
    expect((await service.gql(nestedPartners(1, { first: 0 }))).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect((await service.gql(nestedPartners(1, { first: 501 }))).errors?.[0]?.extensions).toMatchObject({
      code: "LIMIT_EXCEEDED",
      field: "first",
      max: 500,
    });
  });
});

describe("list caps", () => {
  it("should cut a typed link list at the configured cap", async () => {
    const query = `{ entity(id: "city-xuzhou") { ... on City { partners(first: 500) { id } organizations { id } } } }`;
    const full = await service.gql<{ entity: { organizations: unknown[] } }>(query);
    expect(full.errors).toBeUndefined();
    const all = full.data!.entity.organizations.length;
    expect(all).toBeGreaterThan(2);
    const capped = await startConfiguredService(c => ({ ...c, limits: { ...c.limits, listCap: 2 } }));
    try {
      const res = await capped.gql<{ entity: { organizations: unknown[] } }>(query);
      expect(res.errors).toBeUndefined();
      expect(res.data!.entity.organizations).toHaveLength(2);
    } finally {
      await capped.stop();
    }
  });
});

describe("request budgets", () => {
  const LIST = `{ entities(first: 100) { nodes { id name nameEn aliases pinyin } } }`;

  it("should stop a response that grows past the size budget with LIMIT_EXCEEDED", async () => {
    const full = await service.gql(LIST);
    expect(full.errors).toBeUndefined();
    const size = JSON.stringify(full.data).length;
    const small = await startConfiguredService(c => ({
      ...c,
      budget: { ...c.budget, maxResponseBytes: Math.floor(size / 2) },
    }));
    try {
      const res = await small.gql(LIST);
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({
        code: "LIMIT_EXCEEDED",
        limit: "maxResponseBytes",
        max: Math.floor(size / 2),
      });
    } finally {
      await small.stop();
    }
  });

  it("should stop a request whose deadline has passed with TIMEOUT", async () => {
    const hurried = await startConfiguredService(c => ({ ...c, budget: { ...c.budget, requestTimeoutMs: 0 } }));
    try {
      const res = await hurried.gql(LIST);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: "TIMEOUT" });
    } finally {
      await hurried.stop();
    }
  });

  it("should read the budgets and the load-shedding threshold from the environment", () => {
    const env = {
      INNOGRAPH_MAX_RESPONSE_BYTES: "1000",
      INNOGRAPH_REQUEST_TIMEOUT_MS: "2000",
      INNOGRAPH_SHED_HEAP_MB: "300",
      INNOGRAPH_RETRY_AFTER_SECONDS: "9",
    };
    const config = loadConfig(env);
    expect(config.budget).toEqual({ maxResponseBytes: 1000, requestTimeoutMs: 2000 });
    expect(config.shedding).toEqual({ maxHeapBytes: 300 * 1024 * 1024, retryAfterSeconds: 9 });
  });
});
