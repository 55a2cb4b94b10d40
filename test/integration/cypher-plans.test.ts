import neo4j, { type Driver } from "neo4j-driver";
import { RELATION_TYPES } from "../../src/domain/relation-type";
import { cypher } from "../../src/neo4j/cypher-registry";
import "../../src/seed/seed-loader";
import { testConfig } from "../support/test-env";

let driver: Driver;

beforeAll(() => {
  const { uri, username, password } = testConfig().neo4j;
  driver = neo4j.driver(uri!, neo4j.auth.basic(username, password));
});

afterAll(async () => {
  await driver.close();
});

describe("the Cypher registry", () => {
  it("should expand the relationship template once per relationship type, with a literal type", () => {
    for (const type of RELATION_TYPES) expect(cypher.get(`seed/merge-relations:${type}`)).toContain(`[r:${type}]`);
  });

  it("should load no test, bench or admin statement unless asked", () => {
    const production = cypher.productionNames();
    expect(production.length).toBeGreaterThan(40);
    expect(production.filter(n => /^(test|bench|admin)\//.test(n))).toEqual([]);
  });

  it("should splice the scope fragments into the statements that filter by scope", () => {
    for (const name of ["analytics/scope-pairs", "explore/subgraph"]) {
      expect(cypher.get(name)).not.toContain("{{");
      expect(cypher.get(name)).toContain("$scope.corridor");
    }
  });

  // Schema commands cannot be explained; they run at every start (src/neo4j/schema.ts) and in global set-up.
  const explained = cypher.productionNames().filter(n => !n.startsWith("schema/"));

  // Planned a few at a time before the tests read them: one at a time, the test process waited on every plan.
  const plans = new Map<string, Promise<unknown>>();
  beforeAll(async () => {
    const queue = [...explained];
    const planner = async () => {
      const session = driver.session();
      try {
        for (let name = queue.shift(); name; name = queue.shift()) {
          // Parameters are left unset: EXPLAIN plans the statement without running it.
          const plan = session.run(`EXPLAIN ${cypher.get(name)}`).then(r => r.summary.plan);
          plans.set(name, plan);
          await plan.catch(() => {});
        }
      } finally {
        await session.close();
      }
    };
    await Promise.all(Array.from({ length: 4 }, planner));
  });

  it.each(explained)("should plan %s on the real Neo4j", async name => {
    expect(await plans.get(name)).toBeTruthy();
  });
});
