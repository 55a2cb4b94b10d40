import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { TimeoutError } from "../../src/errors";
import { cypher } from "../../src/neo4j/cypher-registry";
import { startTestService, type TestService } from "../support/harness";
import { testConfig } from "../support/test-env";

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

describe("foundation", () => {
  it("should report Neo4j and GDS versions on /health", async () => {
    const res = await fetch(`${service.url}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.neo4j.reachable).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(body.gds.version).toMatch(/^2\.13\.\d+$/);
    expect(body.service.version).toBe(JSON.parse(fs.readFileSync("package.json", "utf8")).version);
  });

  it("should answer the meta query over GraphQL", async () => {
    const res = await service.gql<{ meta: { version: string; neo4jVersion: string; gdsVersion: string } }>(
      "{ meta { version neo4jVersion gdsVersion } }",
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.meta.neo4jVersion).toMatch(/^5\.26\./);
    expect(res.data?.meta.gdsVersion).toMatch(/^2\.13\./);
  });

  it("should run GDS PageRank and betweenness on a graph it creates", async () => {
    // A star: the hub lies on every shortest path between leaves and collects the most rank.
    const { uri, username, password } = testConfig().neo4j;
    const driver = neo4j.driver(uri!, neo4j.auth.basic(username, password));
    const tag = `gds-smoke-${Date.now()}`;
    try {
      await driver.executeQuery(cypher.get("test/create-star"), { tag, leaves: ["a", "b", "c", "d"] });
      await driver.executeQuery(cypher.get("test/project-star"), { tag, graph: tag });
      const pr = await driver.executeQuery(cypher.get("test/pagerank-star"), { graph: tag });
      const bc = await driver.executeQuery(cypher.get("test/betweenness-star"), { graph: tag });
      const pageRank = Object.fromEntries(pr.records.map(r => [r.get("name"), r.get("score") as number]));
      const betweenness = Object.fromEntries(bc.records.map(r => [r.get("name"), r.get("score") as number]));
      expect(Object.keys(pageRank).sort()).toEqual(["a", "b", "c", "d", "hub"]);
      for (const leaf of ["a", "b", "c", "d"]) expect(pageRank.hub!).toBeGreaterThan(pageRank[leaf]! * 2);
      // Undirected star with 4 leaves: the hub is on all C(4,2) = 6 leaf-to-leaf shortest paths.
      expect(betweenness.hub).toBeCloseTo(6, 6);
      expect(betweenness.a).toBeCloseTo(0, 6);
    } finally {
      await driver.executeQuery(cypher.get("analytics/drop-graph"), { graph: tag });
      await driver.executeQuery(cypher.get("test/delete-tagged"), { tag });
      await driver.close();
    }
  });

  it("should stop a statement that manages its own transactions at the timeout its caller gives, with TIMEOUT", async () => {
    const started = Date.now();
    const run = service.app.db.autoCommit("test/batched-no-op", { rows: neo4j.int(50_000_000) }, 300);
    await expect(run).rejects.toThrow(TimeoutError);
    await expect(run).rejects.toMatchObject({ extensions: { code: "TIMEOUT", timeoutMs: 300 } });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("should have a cypher/ file for every statement the code names, and no orphan files", () => {
    const areas = fs.readdirSync("cypher").filter(d => fs.statSync(path.join("cypher", d)).isDirectory());
    const pattern = new RegExp(`["'\`]((?:${areas.join("|")})/[a-z0-9-]+)["'\`]`, "g");
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith(".ts")) {
          for (const m of fs.readFileSync(full, "utf8").matchAll(pattern)) used.add(m[1]!);
        }
      }
    };
    walk("src");
    walk("test");
    walk("bench");
    cypher.use("bench");
    // A template's statements ("seed/merge-relations:HOSTED") are named in the code by their file.
    const names = [...new Set(cypher.names().map(n => n.replace(/:[A-Za-z_]+$/, "")))];
    expect([...used].filter(n => !names.includes(n))).toEqual([]);
    // schema/* statements are applied by prefix, so they need no literal reference.
    expect(names.filter(n => !used.has(n) && !n.startsWith("schema/"))).toEqual([]);
  });
});
