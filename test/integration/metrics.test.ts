import { loadConfig } from "../../src/config";
import { startInnograph, type Innograph } from "../../src/innograph";
import { createLogger } from "../../src/logger";
import { cypher } from "../../src/neo4j/cypher-registry";
import { startTestService, type TestService } from "../support/harness";
import { testConfig } from "../support/test-env";

const limits = loadConfig().limits;

type Labels = Record<string, string>;
interface Sample {
  name: string;
  labels: Labels;
  value: number;
}

/** The Prometheus text format, read the way a scraper reads it (comments skipped, labels unescaped). */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Labels = {};
    for (const l of (m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!.replace(/\\(.)/g, "$1");
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

/** The sum of the samples of `name` that carry every label given. */
function value(samples: Sample[], name: string, labels: Labels = {}): number {
  return samples
    .filter(s => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((a, s) => a + s.value, 0);
}

async function scrape(url: string): Promise<Sample[]> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  return parse(await res.text());
}

async function gql(app: Innograph, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: Record<string, never>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** `levels` fields deep, as in test/limits.test.ts: deeper than the limit is refused before any database work. */
function nested(levels: number): string {
  let body = "id";
  for (let i = levels - 3; i >= 0; i--) body = i % 2 === 0 ? `relations(first: 1) { ${body} }` : `other { ${body} }`;
  return `query MetricsDeep { entity(id: "city-xuzhou") { ${body} } }`;
}

const observed = { metrics: true, metricsPort: undefined, slowQueryMs: 500 };

describe("/metrics", () => {
  let app: Innograph;

  beforeAll(async () => {
    // GDS on a loaded 2-core machine may need more than the default 15 s; these tests are about counting.
    const config = testConfig();
    app = await startInnograph(
      { ...config, neo4j: { ...config.neo4j, queryTimeoutMs: 120_000 }, observability: observed },
      createLogger("silent"),
      { seed: false },
    );
  });

  afterAll(async () => {
    await app?.stop();
  });

  it("should count requests by operation and outcome, with their latency", async () => {
    const before = await scrape(`${app.url}/metrics`);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await gql(app, "query MetricsStats { stats { totalEntities } }"));
    expect(answers.map(a => a.errors)).toEqual([undefined, undefined, undefined]);
    const missing = await gql(
      app,
      `query MetricsMissing { partnershipPaths(from: "no-such-entity-metrics", to: "city-xuzhou") { paths { length } } }`,
    );
    const missingCode = missing.errors?.[0]?.extensions?.code;
    expect(missingCode).toBe("NOT_FOUND");
    const after = await scrape(`${app.url}/metrics`);

    const delta = (name: string, labels: Labels) => value(after, name, labels) - value(before, name, labels);
    expect(delta("innograph_graphql_requests_total", { operation: "MetricsStats", outcome: "ok" })).toBe(3);
    expect(
      delta("innograph_graphql_request_duration_seconds_count", { operation: "MetricsStats", outcome: "ok" }),
    ).toBe(3);
    expect(
      delta("innograph_graphql_request_duration_seconds_sum", { operation: "MetricsStats", outcome: "ok" }),
    ).toBeGreaterThan(0);
    expect(delta("innograph_graphql_requests_total", { operation: "MetricsMissing", outcome: missingCode! })).toBe(1);
    // Every statement is counted under its registry name.
    const statements = after.filter(s => s.name === "innograph_neo4j_statement_duration_seconds_count");
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.map(s => s.labels.statement).filter(n => !cypher.names().includes(n!))).toEqual([]);
    expect(delta("innograph_neo4j_statement_duration_seconds_count", {})).toBeGreaterThanOrEqual(4);
  });

  it("should record the depth and cost of accepted and refused operations", async () => {
    const before = await scrape(`${app.url}/metrics`);
    const refused = await gql(app, nested(limits.maxDepth + 2));
    expect(refused.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
    const found = Number(/found (\d+)/.exec(refused.errors![0]!.message)?.[1]);
    expect(found).toBeGreaterThan(limits.maxDepth);
    expect((await gql(app, "query MetricsShallow { meta { version } }")).errors).toBeUndefined();
    const after = await scrape(`${app.url}/metrics`);

    const delta = (name: string, labels: Labels) => value(after, name, labels) - value(before, name, labels);
    expect(delta("innograph_graphql_requests_total", { operation: "MetricsDeep", outcome: "LIMIT_EXCEEDED" })).toBe(1);
    expect(delta("innograph_graphql_operation_depth_count", { verdict: "refused" })).toBe(1);
    expect(delta("innograph_graphql_operation_depth_sum", { verdict: "refused" })).toBe(found);
    // `{ meta { version } }` is two levels deep; its cost is counted as accepted.
    expect(delta("innograph_graphql_operation_depth_sum", { verdict: "accepted" })).toBe(2);
    expect(delta("innograph_graphql_operation_cost_count", { verdict: "accepted" })).toBeGreaterThanOrEqual(1);
  });

  it("should time GDS runs by algorithm with the size of the projected graph", async () => {
    const before = await scrape(`${app.url}/metrics`);
    const stats = await gql(app, "query MetricsCount { stats { totalEntities } }");
    const degree = async () => {
      const res = await gql(
        app,
        "query MetricsCentrality { centrality(algorithm: DEGREE, network: FACTS, first: 3) { scores { rank } } }",
      );
      expect(res.errors).toBeUndefined();
    };
    await degree();
    const after = await scrape(`${app.url}/metrics`);
    const delta = (name: string, labels: Labels) => value(after, name, labels) - value(before, name, labels);
    const runs = after.filter(s => s.name === "innograph_gds_runs_total" && s.labels.outcome === "ok");
    const algorithm = runs.find(s => /degree/i.test(s.labels.algorithm!))?.labels.algorithm;
    expect(algorithm).toBeDefined();
    expect(delta("innograph_gds_runs_total", { algorithm: algorithm!, outcome: "ok" })).toBe(1);
    expect(delta("innograph_gds_run_duration_seconds_count", { algorithm: algorithm! })).toBe(1);
    // An unscoped run projects every entity.
    expect(delta("innograph_gds_projected_nodes_sum", { algorithm: algorithm! })).toBe(
      (stats.data as unknown as { stats: { totalEntities: number } }).stats.totalEntities,
    );
    expect(delta("innograph_gds_projected_relationships_sum", { algorithm: algorithm! })).toBeGreaterThan(0);
    expect(delta("innograph_gds_runs_on_kept_projection_total", { algorithm: algorithm! })).toBe(0);

    // The same scope again runs on the projection kept from the first run, of the same size.
    await degree();
    const last = await scrape(`${app.url}/metrics`);
    const since = (name: string, labels: Labels) => value(last, name, labels) - value(after, name, labels);
    expect(since("innograph_gds_runs_on_kept_projection_total", { algorithm: algorithm! })).toBe(1);
    expect(since("innograph_gds_projected_nodes_sum", { algorithm: algorithm! })).toBe(
      delta("innograph_gds_projected_nodes_sum", { algorithm: algorithm! }),
    );
  });

  it("should report the process, the driver's pool and whether Neo4j answers", async () => {
    const now = await scrape(`${app.url}/metrics`);
    expect(value(now, "innograph_process_resident_memory_bytes")).toBeGreaterThan(10_000_000);
    expect(value(now, "innograph_nodejs_heap_size_used_bytes")).toBeGreaterThan(1_000_000);
    expect(now.some(s => s.name === "innograph_nodejs_eventloop_lag_seconds")).toBe(true);
    expect(
      value(now, "innograph_neo4j_pool_connections", { state: "idle" }) +
        value(now, "innograph_neo4j_pool_connections", { state: "in_use" }),
    ).toBeGreaterThan(0);
    expect(value(now, "innograph_neo4j_pool_max_size")).toBeGreaterThan(0);
    expect(value(now, "innograph_neo4j_reachable")).toBe(1);
  });
});

describe("/metrics switched off or on its own port", () => {
  let plain: TestService;
  let separate: Innograph;

  beforeAll(async () => {
    plain = await startTestService();
    separate = await startInnograph(
      { ...testConfig(), observability: { ...observed, metricsPort: 0 } },
      createLogger("silent"),
      { seed: false },
    );
  });

  afterAll(async () => {
    await plain?.stop();
    await separate?.stop();
  });

  it("should not serve /metrics unless INNOGRAPH_METRICS=true", async () => {
    expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
  });

  it("should serve /metrics only on INNOGRAPH_METRICS_PORT when it is set", async () => {
    expect(separate.metricsUrl).toBeDefined();
    expect(new URL(separate.metricsUrl!).port).not.toBe(new URL(separate.url).port);
    expect((await fetch(`${separate.url}/metrics`)).status).toBe(404);
    const samples = await scrape(separate.metricsUrl!);
    expect(value(samples, "innograph_neo4j_reachable")).toBe(1);
  });
});
