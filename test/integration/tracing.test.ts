import { context, trace } from "@opentelemetry/api";
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
} from "@opentelemetry/sdk-trace-node";
import { cypher } from "../../src/neo4j/cypher-registry";
import { startTestService, type TestService } from "../support/harness";

// The SDK's in-memory exporter stands in for an OTLP collector: the spans are the ones that would be sent.
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
let service: TestService;

beforeAll(async () => {
  provider.register();
  service = await startTestService();
});

afterAll(async () => {
  await service?.stop();
  await provider.shutdown();
  trace.disable();
  context.disable();
});

/** The request's span ends when its response is closed, just after the client has the body: wait for it. */
async function spanNamed(name: string): Promise<ReadableSpan> {
  for (let i = 0; i < 50; i++) {
    const span = exporter.getFinishedSpans().find(s => s.name === name);
    if (span) return span;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(
    `no span "${name}"; got ${exporter
      .getFinishedSpans()
      .map(s => s.name)
      .join(", ")}`,
  );
}

describe("traces", () => {
  it("should give one request a GraphQL span with a span for each Cypher statement under it", async () => {
    exporter.reset();
    const res = await service.gql(
      `query TracePaths { partnershipPaths(network: FACTS, from: "Xuzhou", to: "常州", maxHops: 6) { paths { length steps { sentence } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const root = await spanNamed("query TracePaths");
    expect(root.attributes).toMatchObject({
      "graphql.operation.name": "TracePaths",
      "graphql.operation.type": "query",
      "innograph.outcome": "ok",
    });
    expect(root.parentSpanContext).toBeUndefined();

    const spans = exporter.getFinishedSpans();
    const statements = spans.filter(s => s.parentSpanContext?.spanId === root.spanContext().spanId);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(cypher.names()).toContain(s.name);
      expect(s.attributes["innograph.cypher.name"]).toBe(s.name);
      expect(s.attributes["db.system.name"]).toBe("neo4j");
      expect(typeof s.attributes["db.response.returned_rows"]).toBe("number");
      expect(s.spanContext().traceId).toBe(root.spanContext().traceId);
      // Each statement lies within the request's time.
      expect(s.startTime[0] * 1e9 + s.startTime[1]).toBeGreaterThanOrEqual(root.startTime[0] * 1e9 + root.startTime[1]);
    }
    // The path itself is found by a statement of the path area.
    expect(statements.some(s => s.name.startsWith("paths/"))).toBe(true);
    // Nothing of this request is left outside its trace.
    expect(spans.filter(s => s.spanContext().traceId !== root.spanContext().traceId)).toEqual([]);
  });

  it("should mark a failed request's span as an error with its code", async () => {
    exporter.reset();
    const res = await service.gql(
      `query TraceMissing { partnershipPaths(from: "no-such-entity-trace", to: "city-xuzhou") { paths { length } } }`,
    );
    const code = res.errors?.[0]?.extensions?.code;
    expect(code).toBe("NOT_FOUND");
    const root = await spanNamed("query TraceMissing");
    expect(root.status).toMatchObject({ code: 2, message: code });
  });
});
