import neo4j from "neo4j-driver";
import { initialCredential } from "../../../src/neo4j/local-password";
import { operationLabel } from "../../../src/observability/label-values";
import { observabilityConfig } from "../../../src/observability/observability-config";
import { loggableParams } from "../../../src/observability/slow-query-log";

describe("slow-query log parameters", () => {
  it("should cut long strings short and say how long they were", () => {
    const text = "长三角".repeat(40);
    const shown = loggableParams({ text }).text as string;
    expect(shown.startsWith(text.slice(0, 60))).toBe(true);
    expect(shown).toContain(`(${text.length} chars)`);
    expect(shown.length).toBeLessThan(text.length);
  });

  it("should never show a value whose name says it is secret", () => {
    const params = { password: "hunter2hunter2", apiKey: "k-123", token: "t", salt: "s", keyHash: "h", name: "徐州" };
    const shown = loggableParams(params);
    for (const k of ["password", "apiKey", "token", "salt", "keyHash"]) expect(shown[k]).toBe("[redacted]");
    expect(shown.name).toBe("徐州");
    expect(JSON.stringify(shown)).not.toMatch(/hunter2|k-123/);
  });

  it("should turn driver integers into numbers and shorten long lists, nested values included", () => {
    const ids = Array.from({ length: 25 }, (_, i) => `id-${i}`);
    const shown = loggableParams({ first: neo4j.int(10), scope: { ids, secret: "x" } });
    expect(shown.first).toBe(10);
    const scope = shown.scope as { ids: string[]; secret: string };
    expect(scope.ids.slice(0, 10)).toEqual(ids.slice(0, 10));
    expect(scope.ids).toHaveLength(11);
    expect(scope.ids[10]).toBe("…(25 items)");
    expect(scope.secret).toBe("[redacted]");
  });
});

describe("operation labels", () => {
  it("should keep valid operation names and fold the rest", () => {
    expect(operationLabel("CityDashboard")).toBe("CityDashboard");
    expect(operationLabel(undefined)).toBe("anonymous");
    expect(operationLabel("not a name; drop")).toBe("other");
    expect(operationLabel("x".repeat(65))).toBe("other");
  });

  it("should stop adding new names once the cap is reached", () => {
    const labels = Array.from({ length: 400 }, (_, i) => operationLabel(`Generated${i}`));
    expect(labels.filter(l => l === "other").length).toBeGreaterThan(0);
    expect(new Set(labels.filter(l => l !== "other")).size).toBeLessThanOrEqual(200);
  });
});

describe("observability configuration", () => {
  it("should keep metrics off and log statements from 500 ms by default", () => {
    expect(observabilityConfig({})).toEqual({ metrics: false, metricsPort: undefined, slowQueryMs: 500 });
  });

  it("should read the switches and refuse malformed values naming the variable", () => {
    expect(
      observabilityConfig({ INNOGRAPH_METRICS: "true", INNOGRAPH_METRICS_PORT: "9464", INNOGRAPH_SLOW_QUERY_MS: "50" }),
    ).toEqual({ metrics: true, metricsPort: 9464, slowQueryMs: 50 });
    expect(() => observabilityConfig({ INNOGRAPH_METRICS: "yes" })).toThrow(/INNOGRAPH_METRICS/);
    expect(() => observabilityConfig({ INNOGRAPH_SLOW_QUERY_MS: "fast" })).toThrow(/INNOGRAPH_SLOW_QUERY_MS/);
    expect(() => observabilityConfig({ INNOGRAPH_METRICS_PORT: "70000" })).toThrow(/INNOGRAPH_METRICS_PORT/);
  });
});

describe("local password", () => {
  it("should write the credential neo4j-admin dbms set-initial-password writes for the same salt", () => {
    // Written by `neo4j-admin dbms set-initial-password abcDEF123456789xyz` (Neo4j 5.26) into data/dbms/auth.ini.
    const byNeo4jAdmin =
      "neo4j:SHA-256,1cf32909d8d585b08c6cafbcb94aaa19434fd659fdf38a0d4b2f496bc4223d28,3fcd6a9ef7dfe2ebdd38279639228ae9b0dea720a26580102e9d433e83a610d2,1024:";
    const salt = Buffer.from("3fcd6a9ef7dfe2ebdd38279639228ae9b0dea720a26580102e9d433e83a610d2", "hex");
    expect(initialCredential("neo4j", "abcDEF123456789xyz", salt)).toBe(byNeo4jAdmin);
  });

  it("should salt every credential afresh", () => {
    expect(initialCredential("neo4j", "same-password")).not.toBe(initialCredential("neo4j", "same-password"));
  });
});
