import { run } from "../../src/neo4j/database";
import { int } from "../../src/neo4j/values";
import { startConfiguredService } from "../support/configured-service";
import { startTestService, type TestService } from "../support/harness";

const source = `src-zzgds${Date.now().toString(36)}`;
// Exact betweenness over this runs for many seconds with one thread: long enough to be cancelled mid-way.
const NODES = 10_000;
const DEGREE = 3;
const SLOW = `query Slow($scope: GraphScope) { centrality(algorithm: BETWEENNESS, network: FACTS, scope: $scope, first: 3) { scores { score } } }`;

let service: TestService;

async function projectedGraphs(): Promise<string[]> {
  const rows = await service.app.db.read<{ graphName: string }>("test/list-projected-graphs");
  return rows.map(r => r.graphName).filter(name => name.startsWith("innograph-"));
}

/** Polls until `check` holds or `ms` pass; the catalog is emptied asynchronously after a cancel. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  return check();
}

beforeAll(async () => {
  service = await startTestService();
  await service.app.db.writeTx(
    tx => run(tx, "test/create-large-scope", { source, nodes: int(NODES), degree: int(DEGREE) }),
    300_000,
  );
});

afterAll(async () => {
  await service.app.db.autoCommit("test/delete-large-scope", { source });
  await service.stop();
});

describe("GDS work pinned to one transaction", () => {
  it("should leave no projection when the client goes away mid-algorithm, and stop the transaction", async () => {
    expect(await projectedGraphs()).toEqual([]);
    // A generous timeout: on a loaded machine projecting the scope alone may take longer than the default.
    const patient = await startConfiguredService(c => ({
      ...c,
      neo4j: { ...c.neo4j, queryTimeoutMs: 240_000 },
      budget: { ...c.budget, requestTimeoutMs: 240_000 },
    }));
    const controller = new AbortController();
    const request = fetch(`${patient.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SLOW, variables: { scope: { sources: [source] } } }),
      signal: controller.signal,
    }).catch((err: unknown) => err);
    // The projection exists once the algorithm is about to run.
    try {
      expect(await eventually(async () => (await projectedGraphs()).length === 1, 180_000)).toBe(true);
      await new Promise(resolve => setTimeout(resolve, 500));
      controller.abort();
      // The client sees its request aborted, never an answer.
      expect(await request).toMatchObject({ name: "AbortError" });
      expect(await eventually(async () => (await projectedGraphs()).length === 0, 30_000)).toBe(true);
    } finally {
      await patient.stop();
    }
    expect(
      await eventually(
        async () => (await service.app.db.read("test/running-transactions", { text: "gds.betweenness" })).length === 0,
        30_000,
      ),
    ).toBe(true);
  }, 420_000);

  it("should leave no projection when the request's transaction times out mid-algorithm", async () => {
    const hurried = await startConfiguredService(c => ({ ...c, neo4j: { ...c.neo4j, queryTimeoutMs: 3_000 } }));
    try {
      const res = await hurried.gql(SLOW, { scope: { sources: [source] } });
      expect(res.errors?.[0]?.extensions?.code).toBe("TIMEOUT");
      expect(await eventually(async () => (await projectedGraphs()).length === 0, 15_000)).toBe(true);
    } finally {
      await hurried.stop();
    }
  });
});
