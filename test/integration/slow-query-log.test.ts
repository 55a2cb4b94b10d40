import { Writable } from "node:stream";
import pino from "pino";
import { startInnograph, type Innograph } from "../../src/innograph";
import { withRequestScope } from "../../src/neo4j/request-scope";
import { testConfig } from "../support/test-env";

interface LogLine {
  msg: string;
  statement?: string;
  params?: Record<string, unknown>;
  ms?: number;
  rows?: number;
  operation?: string | null;
  thresholdMs?: number;
}

const lines: LogLine[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const l of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(l) as LogLine);
    done();
  },
});
let app: Innograph;

beforeAll(async () => {
  // A threshold of 0 ms makes every statement "slow", so the test does not depend on how fast Neo4j is.
  app = await startInnograph(
    { ...testConfig(), observability: { metrics: false, metricsPort: undefined, slowQueryMs: 0 } },
    pino({ level: "warn" }, sink),
    { seed: false },
  );
});

afterAll(async () => {
  await app?.stop();
});

describe("slow-query log", () => {
  it("should log a slow statement once with its name, short parameters, duration, rows and GraphQL operation", async () => {
    lines.length = 0;
    const text = "徐州".repeat(50);
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query SlowSearch($text: String!) { search(text: $text) { id } }",
        variables: { text },
      }),
    });
    const body = (await res.json()) as { data?: { search: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const slow = lines.filter(l => l.msg === "slow query" && l.operation === "SlowSearch");
    expect(slow.length).toBeGreaterThan(0);
    // Logged once per statement run: no two lines for one run.
    const withText = slow.filter(l => JSON.stringify(l.params).includes("徐州"));
    expect(withText.length).toBeGreaterThan(0);
    for (const l of slow) {
      expect(typeof l.statement).toBe("string");
      expect(l.statement).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(l.ms).toBeGreaterThanOrEqual(0);
      expect(typeof l.rows).toBe("number");
      expect(l.thresholdMs).toBe(0);
      expect(JSON.stringify(l.params)).not.toContain(text);
    }
    const shown = Object.values(withText[0]!.params!).find(v => typeof v === "string" && v.includes("徐州")) as string;
    expect(shown).toContain(`(${text.length} chars)`);
  });

  it("should put the GraphQL operation's name into the transaction's metadata", async () => {
    const db = app.db;
    const [row] = await withRequestScope(
      60_000,
      new AbortController().signal,
      () => db.read<{ metadata: Record<string, unknown> }>("test/transaction-metadata"),
      { operationName: "DashboardCities" },
    );
    expect(row!.metadata).toMatchObject({ app: "innograph", graphqlOperation: "DashboardCities" });
    const [outside] = await db.read<{ metadata: Record<string, unknown> }>("test/transaction-metadata");
    expect(outside!.metadata.graphqlOperation).toBeUndefined();
  });
});
