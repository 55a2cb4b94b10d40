import { loadConfig, type Config } from "../../src/config";
import { startInnograph, type Innograph } from "../../src/innograph";
import { createLogger } from "../../src/logger";
import { toNumber } from "../../src/neo4j/values";
import { testConfig, TEST_KEYS } from "../support/test-env";

// Every id this suite writes contains the tag, so clean-up cannot touch the seed graph.
const tag = `zza${Date.now().toString(36)}`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const READ = `{ entity(id: "city-xuzhou") { id name } }`;
const ADD_SOURCE = "mutation($s: SourceInput!) { addSource(source: $s) { id } }";
const source = (n: number) => ({
  s: { id: `src-${tag}-${n}`, title: "测试来源", script: "Hans", text: "测试来源的正文" },
});

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A service over the run's Neo4j with some settings changed, and a raw POST helper that keeps status and headers. */
async function serve(change: (c: Config) => Config = c => c) {
  const app = await startInnograph(change(testConfig()), createLogger("silent"), { seed: false });
  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Answer["body"] };
  };
  return {
    app,
    post,
    gql: (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
      post({ query, variables }, headers),
  };
}
type Served = Awaited<ReturnType<typeof serve>>;

async function graphSize(app: Innograph) {
  const [row] = await app.db.read("test/graph-size");
  return { entities: toNumber(row!.entities), relations: toNumber(row!.relations), sources: toNumber(row!.sources) };
}

const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

describe("access with open reads (the local default)", () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(async () => {
    await s.app.db.write("test/delete-tagged-writes", { tag });
    await s.app.stop();
  });

  it("should answer reads without a key, and with any key", async () => {
    for (const headers of [{}, bearer(TEST_KEYS.reader), bearer("not-a-key")]) {
      const a = await s.gql(READ, {}, headers);
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
    }
  });

  it.each([
    ["no key", "UNAUTHENTICATED", {}],
    ["an unknown key", "FORBIDDEN", bearer("not-a-key")],
    ["a reader key", "FORBIDDEN", bearer(TEST_KEYS.reader)],
    ["a reader key as x-api-key", "FORBIDDEN", { "x-api-key": TEST_KEYS.reader }],
  ])("should refuse a write with %s as %s and write nothing", async (_what, code, headers) => {
    const before = await graphSize(s.app);
    const a = await s.gql(ADD_SOURCE, source(1), headers);
    expect(codeOf(a)).toBe(code);
    expect(a.body.errors![0]!.extensions).toMatchObject({ needed: "editor" });
    expect(a.body.data).toBeNull();
    expect(await graphSize(s.app)).toEqual(before);
  });

  it("should accept writes with an editor or an admin key", async () => {
    expect((await s.gql(ADD_SOURCE, source(2), bearer(TEST_KEYS.editor))).body).toEqual({
      data: { addSource: { id: `src-${tag}-2` } },
    });
    expect((await s.gql(ADD_SOURCE, source(3), { "x-api-key": TEST_KEYS.admin })).body).toEqual({
      data: { addSource: { id: `src-${tag}-3` } },
    });
  });
});

describe("access with keyed reads", () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(c => ({ ...c, readAccess: "keyed" }));
  });
  afterAll(() => s.app.stop());

  it("should refuse a read without a key as UNAUTHENTICATED (401) and with an unknown key as FORBIDDEN (403)", async () => {
    const none = await s.gql(READ);
    expect([none.status, codeOf(none), none.body.data]).toEqual([401, "UNAUTHENTICATED", undefined]);
    const wrong = await s.gql(READ, {}, bearer("not-a-key"));
    expect([wrong.status, codeOf(wrong)]).toEqual([403, "FORBIDDEN"]);
    expect(wrong.body.errors![0]!.message).not.toContain("not-a-key");
  });

  it("should refuse introspection without a key too", async () => {
    expect(codeOf(await s.gql("{ __schema { queryType { name } } }"))).toBe("UNAUTHENTICATED");
  });

  it("should answer reads with a reader, editor or admin key", async () => {
    for (const key of Object.values(TEST_KEYS)) {
      const a = await s.gql(READ, {}, bearer(key));
      expect([a.status, a.body.errors]).toEqual([200, undefined]);
      expect(a.body.data).toEqual({ entity: { id: "city-xuzhou", name: expect.any(String) } });
    }
  });

  it("should still need an editor key to write", async () => {
    expect(codeOf(await s.gql(ADD_SOURCE, source(4), bearer(TEST_KEYS.reader)))).toBe("FORBIDDEN");
  });

  it("should leave /health open for probes", async () => {
    expect((await fetch(`${s.app.url}/health`)).status).toBe(200);
  });
});

describe("HTTP hardening", () => {
  let local: Served;
  let production: Served;
  beforeAll(async () => {
    local = await serve();
    const env = {
      ...process.env,
      NODE_ENV: "production",
      INNOGRAPH_EDITOR_KEYS: "",
      INNOGRAPH_API_KEYS: "",
      INNOGRAPH_CORS_ORIGINS: "https://dash.example.org",
    };
    production = await serve(c => ({ ...c, http: { ...loadConfig(env).http, maxBodyBytes: 4096 } }));
  });
  afterAll(async () => {
    await local.app.stop();
    await production.app.stop();
  });

  it("should set security headers, a script-src 'self' policy, and no x-powered-by", async () => {
    for (const headers of [(await fetch(`${local.app.url}/health`)).headers, (await local.gql(READ)).headers]) {
      const csp = headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/img-src 'self' data: blob:/);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(headers.get("x-powered-by")).toBeNull();
    }
  });

  it("should serve the landing page and introspection locally, and neither in production", async () => {
    const page = await fetch(`${local.app.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    expect(page.headers.get("content-security-policy")).toContain("sandbox.embed.apollographql.com");
    expect((await local.gql("{ __schema { queryType { name } } }")).body.data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });

    const none = await fetch(`${production.app.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await none.text()).not.toMatch(/<html/i);
    const introspection = await production.gql("{ __schema { queryType { name } } }");
    expect([introspection.status, codeOf(introspection)]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
    expect(introspection.body.errors![0]!.message).toMatch(/introspection is not allowed/i);
  });

  it("should send no CORS headers by default, and allow only the configured origins", async () => {
    const origin = { origin: "https://dash.example.org" };
    expect((await local.gql(READ, {}, origin)).headers.get("access-control-allow-origin")).toBeNull();
    expect((await production.gql(READ, {}, origin)).headers.get("access-control-allow-origin")).toBe(
      "https://dash.example.org",
    );
    expect(
      (await production.gql(READ, {}, { origin: "https://evil.example" })).headers.get("access-control-allow-origin"),
    ).toBeNull();
    const preflight = await fetch(`${production.app.url}/graphql`, {
      method: "OPTIONS",
      headers: { ...origin, "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
  });

  it("should refuse a body over the size limit with 413 and LIMIT_EXCEEDED in JSON", async () => {
    const a = await production.post({ query: READ, variables: { pad: "x".repeat(5000) } });
    expect(a.status).toBe(413);
    expect(a.headers.get("content-type")).toMatch(/application\/json/);
    expect(a.body.errors![0]).toEqual({
      message: "request body larger than 4096 bytes",
      extensions: { code: "LIMIT_EXCEEDED", limit: "maxBodyBytes", max: 4096 },
    });
    const big = await local.post({ query: READ, variables: { pad: "x".repeat(1024 * 1024) } });
    expect([big.status, codeOf(big)]).toEqual([413, "LIMIT_EXCEEDED"]);
  });

  it("should refuse a body that is not JSON with 400 and BAD_REQUEST", async () => {
    const a = await local.post('{"query": "{ meta { version } }"');
    expect([a.status, codeOf(a), a.body.errors![0]!.message]).toEqual([
      400,
      "BAD_REQUEST",
      "request body is not valid JSON",
    ]);
  });

  it("should refuse batched operations with 400 and BAD_REQUEST", async () => {
    const a = await local.post([{ query: READ }, { query: "{ meta { version } }" }]);
    expect([a.status, codeOf(a)]).toEqual([400, "BAD_REQUEST"]);
    expect(JSON.stringify(a.body)).toMatch(/batching disabled/i);
  });
});
