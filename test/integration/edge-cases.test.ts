import { createHash } from "node:crypto";
import type { LogLine } from "../support/configured-service";
import { startConfiguredService } from "../support/configured-service";
import type { TestService } from "../support/harness";

let service: TestService & { logs: LogLine[] };
const ERROR = 50;

beforeAll(async () => {
  // Configured the way people write it: a trailing slash and capitals; browsers send "http://dash.example".
  service = await startConfiguredService(c => ({ ...c, http: { ...c.http, corsOrigins: ["HTTP://Dash.Example/"] } }));
});

afterAll(async () => {
  await service.stop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${service.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

async function firstError(query: string, variables: Record<string, unknown> = {}) {
  const res = await service.gql(query, variables);
  expect(res.errors?.length).toBeGreaterThan(0);
  return res.errors![0]!;
}

describe("persisted queries", () => {
  it("should answer a hash that does not match its query with 400 and a client error code, logging no error", async () => {
    const query = "{ meta { version } }";
    const wrong = createHash("sha256").update(`${query} `).digest("hex");
    const before = service.logs.length;
    const res = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0]!.message).toMatch(/sha does not match/);
    expect(service.logs.slice(before).filter(l => l.level >= ERROR)).toEqual([]);
  });
});

describe("list sizes", () => {
  it.each([-1, 0])("should refuse relations(first: %d) as bad input naming first", async first => {
    const error = await firstError(`{ entity(id: "city-xuzhou") { relations(first: ${first}) { type } } }`);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it.each([
    ["cities(first: 5000)", `{ cities(first: 5000) { totalCount } }`],
    ["centrality(first: 501)", `{ centrality(algorithm: DEGREE, first: 501) { scores { rank } } }`],
    ["relations(first: 100000)", `{ entity(id: "city-xuzhou") { relations(first: 100000) { type } } }`],
    ["search(first: 100000)", `{ search(text: "徐州", first: 100000) { id } }`],
  ])("should refuse %s with LIMIT_EXCEEDED naming the field and the cap", async (_name, query) => {
    const error = await firstError(query);
    expect(error.extensions).toMatchObject({ code: "LIMIT_EXCEEDED" });
    expect(typeof error.extensions!.max).toBe("number");
  });
});

describe("scope dates", () => {
  it.each(["2022-13", "2022-00", "2022-02-30", "22-01"])("should refuse scope.dateFrom %s as bad input", async date => {
    const error = await firstError(
      `query Q($d: String!) { centrality(algorithm: DEGREE, network: FACTS, first: 2, scope: { dateFrom: $d }) { scores { rank } } }`,
      { d: date },
    );
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(String(error.extensions!.field)).toMatch(/dateFrom/);
  });
});

describe("error messages", () => {
  it("should quote no more than a short prefix of a 100 kB input", async () => {
    const from = "徐".repeat(100_000);
    const res = await post({
      query: 'query Q($f: String!) { partnershipPaths(from: $f, to: "city-xuzhou") { paths { length } } }',
      variables: { f: from },
    });
    const text = await res.text();
    expect(text.length).toBeLessThan(2_000);
    expect(JSON.parse(text).errors[0].extensions.code).toMatch(/NOT_FOUND|BAD_USER_INPUT|LIMIT_EXCEEDED/);
  });

  it("should quote no more than a short prefix of a long literal in a validation error", async () => {
    const res = await post({ query: `{ entity(id: ${"9".repeat(50_000)}) { id } }` });
    expect((await res.text()).length).toBeLessThan(2_000);
  });
});

describe("CORS", () => {
  it("should answer a preflight from an allowed origin with the CORS headers", async () => {
    const res = await fetch(`${service.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "http://dash.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://dash.example");
    expect(res.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
  });

  it("should give no CORS headers to an origin that is not allowed", async () => {
    const res = await fetch(`${service.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "http://elsewhere.example", "access-control-request-method": "POST" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("should refuse a GET without a preflight-forcing header (CSRF prevention) and answer one with it", async () => {
    const url = `${service.url}/graphql?query=${encodeURIComponent("{ meta { version } }")}`;
    expect((await fetch(url)).status).toBe(400);
    const res = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(res.status).toBe(200);
  });
});
