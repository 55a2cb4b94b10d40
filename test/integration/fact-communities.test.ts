import fs from "node:fs";
import path from "node:path";
import { plainToInstance } from "class-transformer";
import { validateSync } from "class-validator";
import { loadSeed } from "../../src/seed/seed-loader";
import { SeedFileInput } from "../../src/seed/seed.input";
import { startTestService, type TestService } from "../support/harness";

/** A small fact graph and networkx's modularity of partitions of it, written by test/fixtures/fact-communities.py. */
interface Fixture {
  networkxVersion: string;
  parts: Record<string, { nodes: string[]; edges: [string, string][] }>;
  statedTwice: [string, string][];
  partitions: { scope: string[]; partition: string; communities: string[][]; modularity: number | null }[];
}

interface Answer {
  network: { kind: string };
  communities: { members: { id: string }[] }[];
  modularity: number | null;
  collapsed: boolean;
}

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "fact-communities.json"), "utf8"),
) as Fixture;
const sourceOf = (part: string) => `src-fact-communities-${part}`;
const entityOf = (node: string) => `person-fxc-${node}`;
const nodeOf = (id: string) => id.replace("person-fxc-", "");
const twice = new Set(fixture.statedTwice.map(([u, v]) => `${u} ${v}`));

const COMMUNITIES = `query ($algorithm: CommunityAlgorithm!, $scope: GraphScope) {
  communities(algorithm: $algorithm, network: FACTS, scope: $scope) {
    network { kind } communities { members { id } } modularity collapsed
  }
}`;

function seedOf(part: string): SeedFileInput {
  const { nodes, edges } = fixture.parts[part]!;
  const link = (from: string, to: string) => ({
    type: "COOPERATES_WITH",
    from: entityOf(from),
    to: entityOf(to),
    evidence: [{ quote: `link ${from}-${to} of the fixture` }],
  });
  const raw = {
    formatVersion: 1,
    // No `file`: the quotes describe the fixture and are not checked against an article.
    source: { id: sourceOf(part), title: `fact-communities fixture: ${part}`, script: "Hans" },
    entities: nodes.map(n => ({
      id: entityOf(n),
      kind: "Person",
      name: `社区测试${n}`,
      evidence: [{ quote: `node ${n} of the fixture` }],
    })),
    relations: edges.flatMap(([u, v]) => (twice.has(`${u} ${v}`) ? [link(u, v), link(v, u)] : [link(u, v)])),
  };
  const seed = plainToInstance(SeedFileInput, raw);
  expect(validateSync(seed, { forbidUnknownValues: false })).toEqual([]);
  return seed;
}

/** The partition as a comparable key: members sorted, communities sorted. */
const keyOf = (communities: string[][]) =>
  JSON.stringify(communities.map(c => [...c].sort()).sort((x, y) => x.join().localeCompare(y.join())));

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
  for (const part of Object.keys(fixture.parts)) await loadSeed(service.app.db, seedOf(part));
});

afterAll(async () => {
  await service.app.db.write("test/delete-sources", { sources: Object.keys(fixture.parts).map(sourceOf) });
  await service.stop();
});

async function communities(algorithm: string, parts: string[]): Promise<Answer> {
  const res = await service.gql<{ communities: Answer }>(COMMUNITIES, {
    algorithm,
    scope: { sources: parts.map(sourceOf) },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.communities;
}

/** networkx's modularity of the partition the API returned, which must be one the fixture scored. */
function networkxModularity(parts: string[], answer: Answer): number | null {
  const returned = keyOf(answer.communities.map(c => c.members.map(m => nodeOf(m.id))));
  const scored = fixture.partitions.find(
    p => [...p.scope].sort().join() === [...parts].sort().join() && keyOf(p.communities) === returned,
  );
  expect({ parts, returned, scored: scored !== undefined }).toEqual({ parts, returned, scored: true });
  return scored!.modularity;
}

describe("the modularity of communities on the FACTS network", () => {
  const everything = Object.keys(fixture.parts);

  it.each(["LOUVAIN", "LEIDEN", "LABEL_PROPAGATION", "WCC"])(
    "should give the modularity networkx gives the partition %s returned, each pair linked once",
    async algorithm => {
      const answer = await communities(algorithm, everything);
      expect(answer.network.kind).toBe("FACTS");
      expect(answer.communities.length).toBeGreaterThan(1);
      expect(answer.collapsed).toBe(false);
      const expected = networkxModularity(everything, answer);
      expect(expected).not.toBeNull();
      expect(answer.modularity).toBeCloseTo(expected!, 9);
    },
  );

  it("should say that a partition into one community collapsed, with networkx's modularity for it", async () => {
    const answer = await communities("WCC", ["k4"]);
    expect(answer.communities).toHaveLength(1);
    expect(answer.collapsed).toBe(true);
    expect(answer.modularity).toBeCloseTo(networkxModularity(["k4"], answer)!, 9);
  });

  it("should give no modularity to a scope without a link, where it is undefined", async () => {
    const answer = await communities("LOUVAIN", ["lone"]);
    expect(answer.communities.map(c => c.members.map(m => m.id))).toEqual([[entityOf("lone-0")]]);
    expect(networkxModularity(["lone"], answer)).toBeNull();
    expect(answer.modularity).toBeNull();
    expect(answer.collapsed).toBe(false);
  });
});
