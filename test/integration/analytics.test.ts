import fs from "node:fs";
import path from "node:path";
import { plainToInstance } from "class-transformer";
import { validateSync } from "class-validator";
import { AnalyticsRepository } from "../../src/analytics/analytics.repository";
import { loadSeed } from "../../src/seed/seed-loader";
import { SeedFileInput } from "../../src/seed/seed.input";
import { startConfiguredService } from "../support/configured-service";
import { startTestService, type TestService } from "../support/harness";

/** Zachary's karate club with networkx's centralities for it, written by test/fixtures/karate-club.py. */
interface KarateFixture {
  networkxVersion: string;
  nodeCount: number;
  edges: [number, number][];
  degreeCentrality: number[];
  betweennessCentrality: number[];
  closenessCentrality: number[];
  harmonicCentrality: number[];
  pagerank: number[];
  eigenvectorCentrality: number[];
}

interface Score {
  score: number;
  rank: number;
  entity: { id: string; kind: string; evidence: { quote: string; source: { id: string } }[] };
}

interface CommunityResult {
  id: number;
  size: number;
  members: { id: string }[];
}

const karate = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "karate-club.json"), "utf8"),
) as KarateFixture;
const KARATE_SOURCE = "src-karate-club";
const KARATE_SCOPE = { sources: [KARATE_SOURCE] };
const N = karate.nodeCount;
const member = (i: number) => `person-karate-${i}`;

const CENTRALITY = `query ($algorithm: CentralityAlgorithm!, $scope: GraphScope, $first: Int) {
  centrality(algorithm: $algorithm, network: FACTS, scope: $scope, first: $first) {
    scores { score rank entity { id kind evidence { quote source { id } } } }
  }
}`;

const COMMUNITIES = `query ($algorithm: CommunityAlgorithm!, $scope: GraphScope) {
  communities(algorithm: $algorithm, network: FACTS, scope: $scope) { communities { id size members { id } } }
}`;

function karateSeed(): SeedFileInput {
  const raw = {
    formatVersion: 1,
    // No `file`: the quotes describe the data set and are not checked against an article.
    source: { id: KARATE_SOURCE, title: "Zachary's karate club (networkx karate_club_graph)", script: "Hans" },
    entities: Array.from({ length: N }, (_, i) => ({
      id: member(i),
      kind: "Person",
      name: `空手道俱乐部成员${i}`,
      nameEn: `Karate club member ${i}`,
      evidence: [{ quote: `member ${i} of Zachary's karate club` }],
    })),
    relations: karate.edges.map(([u, v]) => ({
      type: "COOPERATES_WITH",
      from: member(u),
      to: member(v),
      evidence: [{ quote: `edge ${u}-${v} of Zachary's karate club` }],
    })),
  };
  const seed = plainToInstance(SeedFileInput, raw);
  expect(validateSync(seed, { forbidUnknownValues: false })).toEqual([]);
  return seed;
}

/** Newman's modularity of a partition of the (unweighted, undirected) karate club. */
function modularity(communityOf: Map<number, number>): number {
  const m = karate.edges.length;
  const degree = new Array<number>(N).fill(0);
  for (const [u, v] of karate.edges) {
    degree[u]!++;
    degree[v]!++;
  }
  let inside = 0;
  for (const [u, v] of karate.edges) if (communityOf.get(u) === communityOf.get(v)) inside++;
  const degreeSums = new Map<number, number>();
  for (let i = 0; i < N; i++) {
    degreeSums.set(communityOf.get(i)!, (degreeSums.get(communityOf.get(i)!) ?? 0) + degree[i]!);
  }
  let expected = 0;
  for (const d of degreeSums.values()) expected += (d / (2 * m)) ** 2;
  return inside / m - expected;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const l2 = (xs: number[]) => Math.sqrt(sum(xs.map(x => x * x)));

let service: TestService;

async function projectedGraphs(): Promise<string[]> {
  const rows = await service.app.db.read<{ graphName: string }>("test/list-projected-graphs");
  return rows.map(r => r.graphName).filter(name => name.startsWith("innograph-"));
}

async function centrality(algorithm: string, scope: unknown, first?: number): Promise<Score[]> {
  const res = await service.gql<{ centrality: { scores: Score[] } }>(CENTRALITY, { algorithm, scope, first });
  expect(res.errors).toBeUndefined();
  return res.data!.centrality.scores;
}

async function communities(algorithm: string, scope: unknown): Promise<CommunityResult[]> {
  const res = await service.gql<{ communities: { communities: CommunityResult[] } }>(COMMUNITIES, { algorithm, scope });
  expect(res.errors).toBeUndefined();
  return res.data!.communities.communities;
}

/** GDS scores of the karate club by node number. */
async function karateScores(algorithm: string): Promise<number[]> {
  const scores = await centrality(algorithm, KARATE_SCOPE, N);
  expect(scores).toHaveLength(N);
  const byNode = new Array<number>(N).fill(NaN);
  for (const s of scores) byNode[Number(s.entity.id.replace("person-karate-", ""))] = s.score;
  return byNode;
}

function expectClose(actual: number[], expected: number[], tolerance = 1e-4): void {
  expect(actual).toHaveLength(expected.length);
  const worst = Math.max(...actual.map((a, i) => Math.abs(a - expected[i]!)));
  expect(worst).toBeLessThan(tolerance);
}

function topIds(scores: number[], k: number): number[] {
  return scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .map(([, i]) => i);
}

beforeAll(async () => {
  service = await startTestService();
  await loadSeed(service.app.db, karateSeed());
});

afterAll(async () => {
  await service.app.db.write("test/delete-source", { source: KARATE_SOURCE });
  const [left] = await service.app.db.read<{ sources: unknown; entities: unknown }>("test/source-exists", {
    source: KARATE_SOURCE,
  });
  await service.stop();
  expect(Number(left?.sources)).toBe(0);
  expect(Number(left?.entities)).toBe(0);
});

afterEach(async () => {
  // Every request drops its projection, whether it succeeded or failed, unless it is kept for its scope.
  const kept = service.app.services.analytics.keptGraphs;
  expect((await projectedGraphs()).filter(g => !kept.includes(g))).toEqual([]);
});

/** Drops the kept projections, so that the next request projects its scope afresh. */
const forgetProjections = () => service.app.services.analytics.close();

describe(`centrality on Zachary's karate club against networkx ${karate.networkxVersion}`, () => {
  it("should agree with networkx degree centrality (GDS: raw degree; networkx: degree / (n-1))", async () => {
    const gds = await karateScores("DEGREE");
    expectClose(
      gds.map(d => d / (N - 1)),
      karate.degreeCentrality,
    );
  });

  it("should agree with networkx betweenness (GDS: each unordered pair once, unnormalised; networkx: / ((n-1)(n-2)/2))", async () => {
    // A pair counted twice would make every GDS score exactly double; the 1e-4 match rules that out.
    const gds = await karateScores("BETWEENNESS");
    expectClose(
      gds.map(b => b / (((N - 1) * (N - 2)) / 2)),
      karate.betweennessCentrality,
    );
  });

  it("should estimate betweenness from sampled sources: exact when every entity is a source, the same answer twice", async () => {
    const sampled = async (samplingSize: number, algorithm = "BETWEENNESS") =>
      service.gql<{ centrality: { scores: Score[] } }>(
        `query ($algorithm: CentralityAlgorithm!, $scope: GraphScope, $samplingSize: Int) {
          centrality(algorithm: $algorithm, network: FACTS, scope: $scope, first: ${N}, samplingSize: $samplingSize) { scores { score entity { id } } } }`,
        { algorithm, scope: KARATE_SCOPE, samplingSize },
      );
    const byNode = (scores: Score[]) => {
      const out = new Array<number>(N).fill(NaN);
      for (const s of scores) out[Number(s.entity.id.replace("person-karate-", ""))] = s.score;
      return out;
    };
    const exact = await karateScores("BETWEENNESS");
    const all = await sampled(N);
    expect(all.errors).toBeUndefined();
    expectClose(byNode(all.data!.centrality.scores), exact);
    const [first, second] = [await sampled(6), await sampled(6)];
    expect(first.data!.centrality).toEqual(second.data!.centrality);
    expect(Math.max(...byNode(first.data!.centrality.scores).map((b, i) => Math.abs(b - exact[i]!)))).toBeGreaterThan(
      1,
    );
    const refused = await sampled(6, "PAGERANK");
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/samplingSize.*BETWEENNESS only/);
  });

  it("should agree with networkx closeness as is (both (n-1) / sum of distances on a connected graph)", async () => {
    expectClose(await karateScores("CLOSENESS"), karate.closenessCentrality);
  });

  it("should agree with networkx harmonic centrality (GDS: sum of 1/d divided by n-1; networkx: the plain sum)", async () => {
    const gds = await karateScores("HARMONIC");
    expectClose(
      gds.map(h => h * (N - 1)),
      karate.harmonicCentrality,
    );
  });

  it("should agree with networkx PageRank once both sum to 1 (GDS scores sum to about n)", async () => {
    const gds = await karateScores("PAGERANK");
    const total = sum(gds);
    const reference = sum(karate.pagerank);
    expectClose(
      gds.map(p => p / total),
      karate.pagerank.map(p => p / reference),
    );
  });

  it("should agree with networkx eigenvector centrality once both have unit L2 norm", async () => {
    const gds = await karateScores("EIGENVECTOR");
    const norm = l2(gds);
    const reference = l2(karate.eigenvectorCentrality);
    expectClose(
      gds.map(e => e / norm),
      karate.eigenvectorCentrality.map(e => e / reference),
    );
  });

  it("should rank the two leaders (0 and 33) first under ArticleRank, which networkx does not implement", async () => {
    // No reference values: ArticleRank divides by out-degree plus the average degree. The instructor
    // (0) and the administrator (33) lead every other measure here and must lead this one too.
    const gds = await karateScores("ARTICLE_RANK");
    expect(topIds(gds, 2).sort((a, b) => a - b)).toEqual([0, 33]);
  });

  it("should rank 1 = highest, share ranks between equal scores and honour first", async () => {
    const scores = await centrality("DEGREE", KARATE_SCOPE, 5);
    expect(scores.map(s => s.entity.id)).toEqual(topIds(karate.degreeCentrality, 5).map(member));
    expect(scores.map(s => s.score)).toEqual(
      topIds(karate.degreeCentrality, 5).map(i => Math.round(karate.degreeCentrality[i]! * (N - 1))),
    );
    expect(scores.map(s => s.rank)).toEqual([1, 2, 3, 4, 5]);
    const all = await centrality("DEGREE", KARATE_SCOPE, N);
    for (const s of all) {
      const first = all.findIndex(o => o.score === s.score);
      expect(s.rank).toBe(first + 1);
    }
    expect(all[0]!.entity.evidence[0]).toEqual({
      quote: "member 33 of Zachary's karate club",
      source: { id: KARATE_SOURCE },
    });
  });

  it("should give the same scores when a scope has more pairs than the service carries (one-statement projection)", async () => {
    const carried = [await centrality("DEGREE", KARATE_SCOPE, N), await centrality("PAGERANK", KARATE_SCOPE, N)];
    const spy = jest.spyOn(AnalyticsRepository.prototype, "pairsThroughService").mockReturnValue(1);
    try {
      await forgetProjections();
      const degree = await centrality("DEGREE", KARATE_SCOPE, N);
      await forgetProjections();
      const inOne = [degree, await centrality("PAGERANK", KARATE_SCOPE, N)];
      expect(spy).toHaveBeenCalledTimes(2);
      // Degrees are exact; PageRank may differ in the last bits when GDS numbers the nodes in another order.
      expect(inOne[0]).toEqual(carried[0]);
      const byId = (scores: Score[]) => new Map(scores.map(s => [s.entity.id, s.score]));
      const [before, after] = [byId(carried[1]!), byId(inOne[1]!)];
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [id, score] of after) expect(score).toBeCloseTo(before.get(id)!, 9);
    } finally {
      spy.mockRestore();
    }
  });

  it("should drop the projection when the algorithm fails after projecting", async () => {
    await forgetProjections();
    let seenDuringFailure: string[] = [];
    const spy = jest.spyOn(AnalyticsRepository.prototype, "streamScores").mockImplementationOnce(async () => {
      seenDuringFailure = await projectedGraphs();
      throw new Error("simulated GDS failure");
    });
    try {
      const res = await service.gql(CENTRALITY, { algorithm: "PAGERANK", scope: KARATE_SCOPE });
      expect(res.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      spy.mockRestore();
    }
    expect(seenDuringFailure).toHaveLength(1);
    expect(service.app.services.analytics.keptGraphs).toEqual([]);
    // afterEach checks that it is gone again.
  });
});

describe("projections kept between requests", () => {
  const SOURCE = "src-kept-projection";
  const person = (i: number) => `person-kept-${i}`;
  const SCOPE = { sources: [SOURCE] };
  /** A chain 0-1-2, or with `closed` a triangle; the same source loaded again replaces what it says. */
  const chain = (closed: boolean) =>
    plainToInstance(SeedFileInput, {
      formatVersion: 1,
      source: { id: SOURCE, title: "投影缓存测试", script: "Hans" },
      entities: [0, 1, 2].map(i => ({
        id: person(i),
        kind: "Person",
        name: `投影缓存测试人${i}`,
        evidence: [{ quote: `person ${i}` }],
      })),
      relations: (closed
        ? [
            [0, 1],
            [1, 2],
            [0, 2],
          ]
        : [
            [0, 1],
            [1, 2],
          ]
      ).map(([u, v]) => ({
        type: "COOPERATES_WITH",
        from: person(u!),
        to: person(v!),
        evidence: [{ quote: `edge ${u}-${v}` }],
      })),
    });
  const degrees = async () =>
    Object.fromEntries((await centrality("DEGREE", SCOPE, 10)).map(s => [s.entity.id, s.score]));
  const projections = () => jest.spyOn(AnalyticsRepository.prototype, "pairsThroughService");

  beforeAll(async () => {
    await loadSeed(service.app.db, chain(false));
  });

  afterAll(async () => {
    await service.app.db.write("test/delete-source", { source: SOURCE });
  });

  it("should answer every algorithm on a scope from one projection until the graph changes", async () => {
    await forgetProjections();
    const spy = projections();
    try {
      const first = await centrality("PAGERANK", KARATE_SCOPE, N);
      const kept = service.app.services.analytics.keptGraphs;
      expect(kept).toHaveLength(1);
      expect(await projectedGraphs()).toContain(kept[0]);
      // The same question, and another algorithm on the same scope, read the kept graph: nothing is projected.
      expect(await centrality("PAGERANK", KARATE_SCOPE, N)).toEqual(first);
      expectClose(
        (await karateScores("DEGREE")).map(d => d / (N - 1)),
        karate.degreeCentrality,
      );
      expect(spy).toHaveBeenCalledTimes(1);
      expect(service.app.services.analytics.keptGraphs).toEqual(kept);
    } finally {
      spy.mockRestore();
    }
  });

  it("should answer for the graph as written after a write, and drop the projection of before", async () => {
    expect(await degrees()).toEqual({ [person(0)]: 1, [person(1)]: 2, [person(2)]: 1 });
    const before = service.app.services.analytics.keptGraphs;
    expect(before.length).toBeGreaterThan(0);
    await loadSeed(service.app.db, chain(true));
    expect(await degrees()).toEqual({ [person(0)]: 2, [person(1)]: 2, [person(2)]: 2 });
    const after = service.app.services.analytics.keptGraphs;
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
    // Dropped once no request uses it, asynchronously.
    for (let i = 0; i < 50 && (await projectedGraphs()).some(g => before.includes(g)); i++) {
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    expect((await projectedGraphs()).filter(g => before.includes(g))).toEqual([]);
  });

  it("should project again when the kept graph is gone from the catalog (another cluster member, a restart)", async () => {
    const scores = await degrees();
    const kept = service.app.services.analytics.keptGraphs;
    expect(kept.length).toBeGreaterThan(0);
    for (const graph of kept) await service.app.db.read("analytics/drop-graph", { graph });
    const spy = projections();
    try {
      expect(await degrees()).toEqual(scores);
      expect(spy).toHaveBeenCalledTimes(1);
      const now = service.app.services.analytics.keptGraphs;
      expect(now).toHaveLength(1);
      expect(kept).not.toContain(now[0]);
    } finally {
      spy.mockRestore();
    }
  });

  it("should keep nothing with INNOGRAPH_GDS_CACHE_GRAPHS=0", async () => {
    const uncached = await startConfiguredService(c => ({
      ...c,
      projectionCache: { ...c.projectionCache, graphs: 0 },
    }));
    try {
      const before = await projectedGraphs();
      const res = await uncached.gql<{ centrality: { scores: Score[] } }>(CENTRALITY, {
        algorithm: "DEGREE",
        scope: SCOPE,
      });
      expect(res.data!.centrality.scores).toHaveLength(3);
      expect(await projectedGraphs()).toEqual(before);
    } finally {
      await uncached.stop();
    }
  });
});

describe("communities on Zachary's karate club", () => {
  it("should find one weakly connected component of 34", async () => {
    const result = await communities("WCC", KARATE_SCOPE);
    expect(result.map(c => [c.id, c.size])).toEqual([[1, N]]);
    expect(result[0]!.members.map(m => m.id).sort()).toEqual(Array.from({ length: N }, (_, i) => member(i)).sort());
  });

  it.each(["LOUVAIN", "LEIDEN"])("should find 2 to 6 communities of modularity >= 0.37 with %s", async algorithm => {
    const result = await communities(algorithm, KARATE_SCOPE);
    expect(result.length).toBeGreaterThanOrEqual(2);
    expect(result.length).toBeLessThanOrEqual(6);
    const communityOf = new Map<number, number>();
    for (const c of result) {
      expect(c.size).toBe(c.members.length);
      for (const m of c.members) communityOf.set(Number(m.id.replace("person-karate-", "")), c.id);
    }
    expect(communityOf.size).toBe(N);
    expect(result.map(c => c.size)).toEqual([...result.map(c => c.size)].sort((a, b) => b - a));
    expect(modularity(communityOf)).toBeGreaterThanOrEqual(0.37);
  });

  it("should give every member exactly one label with LABEL_PROPAGATION", async () => {
    const result = await communities("LABEL_PROPAGATION", KARATE_SCOPE);
    const ids = result.flatMap(c => c.members.map(m => m.id));
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(result.map(c => c.id)).toEqual(result.map((_, i) => i + 1));
  });
});

describe("analytics on the seed graph", () => {
  it("should rank cities by degree, each with its evidence", async () => {
    const scores = await centrality("DEGREE", { kinds: ["City"] });
    expect(scores.length).toBeGreaterThan(1);
    expect(scores.length).toBeLessThanOrEqual(20);
    expect(scores[0]!.rank).toBe(1);
    expect(scores[0]!.score).toBeGreaterThan(0);
    for (const [i, s] of scores.entries()) {
      expect(s.entity.kind).toBe("City");
      expect(s.entity.evidence.length).toBeGreaterThan(0);
      if (i > 0) {
        expect(s.score).toBeLessThanOrEqual(scores[i - 1]!.score);
        expect(s.rank).toBeGreaterThanOrEqual(scores[i - 1]!.rank);
      }
    }
  });

  it("should rank only cities with rankKinds, scoring them over the whole graph", async () => {
    const query = `query ($rankKinds: [EntityKind!]) {
      centrality(algorithm: BETWEENNESS, network: FACTS, first: 500, rankKinds: $rankKinds) { scores { rank score entity { id kind } } } }`;
    const all = await service.gql<{ centrality: { scores: Score[] } }>(query, { rankKinds: null });
    const cities = await service.gql<{ centrality: { scores: Score[] } }>(query, { rankKinds: ["City"] });
    expect(cities.errors).toBeUndefined();
    const expected = all.data!.centrality.scores.filter(s => s.entity.kind === "City");
    const got = cities.data!.centrality.scores;
    expect(got.length).toBeGreaterThan(5);
    expect(got.map(s => s.entity.kind)).toEqual(got.map(() => "City"));
    // Same scores as in the unrestricted ranking, so they were computed over the whole graph.
    expect(got.map(s => [s.entity.id, s.score.toFixed(6)])).toEqual(
      expected.map(s => [s.entity.id, s.score.toFixed(6)]),
    );
    expect(got[0]!.rank).toBe(1);
  });

  it("should keep to the G60 corridor: the corridor, its member cities, its parts and what is directly linked to its cities", async () => {
    const corridor = "corridor-g60";
    const res = await service.gql<{ entity: { relations: { type: string; from: { id: string; kind: string } }[] } }>(
      `query ($id: ID!) { entity(id: $id) { relations(types: [MEMBER_OF, CENTRAL_CITY_OF, PART_OF], direction: IN, first: 500) { type from { id kind } } } }`,
      { id: corridor },
    );
    const inbound = res.data!.entity.relations;
    const cities = new Set(inbound.filter(r => r.type !== "PART_OF" && r.from.kind === "City").map(r => r.from.id));
    const inside = new Set(inbound.map(r => r.from.id));
    const parts = inbound.filter(r => r.type === "PART_OF").map(r => r.from.id);
    expect(cities.size).toBeGreaterThan(3);
    expect(parts.length).toBeGreaterThan(0);

    const scores = await centrality("BETWEENNESS", { corridor }, 500);
    const ids = scores.map(s => s.entity.id);
    expect(ids).toContain(corridor);
    for (const city of cities) expect(ids).toContain(city);
    expect(parts.some(p => ids.includes(p))).toBe(true);
    // Linked to a member city = a neighbour of one: read the cities' relations once, not every entity's.
    const linked = new Set<string>();
    for (const city of cities) {
      const r = await service.gql<{ entity: { relations: { from: { id: string }; to: { id: string } }[] } }>(
        `query ($id: ID!) { entity(id: $id) { relations(first: 500) { from { id } to { id } } } }`,
        { id: city },
      );
      const relations = r.data!.entity.relations;
      expect(relations.length).toBeLessThan(500);
      for (const rel of relations) linked.add(rel.from.id).add(rel.to.id);
    }
    for (const id of ids.filter(i => i !== corridor && !inside.has(i))) {
      expect({ id, linkedToMemberCity: linked.has(id) }).toEqual({ id, linkedToMemberCity: true });
    }
    const everything = await centrality("DEGREE", {}, 500);
    expect(ids.length).toBeLessThan(everything.length);
  });

  it("should return [] for a scope with no entities, without running an algorithm", async () => {
    const scores = jest.spyOn(AnalyticsRepository.prototype, "streamScores");
    const groups = jest.spyOn(AnalyticsRepository.prototype, "streamCommunities");
    try {
      expect(await centrality("PAGERANK", { sources: ["src-no-such-source"] })).toEqual([]);
      expect(await communities("LEIDEN", { sources: ["src-no-such-source"] })).toEqual([]);
      expect(scores).not.toHaveBeenCalled();
      expect(groups).not.toHaveBeenCalled();
    } finally {
      scores.mockRestore();
      groups.mockRestore();
    }
  });

  it("should partition the whole graph into weakly connected components, biggest first", async () => {
    const all = await centrality("DEGREE", {}, 500);
    const result = await communities("WCC", {});
    expect(sum(result.map(c => c.size))).toBe(all.length);
    expect(result.map(c => c.size)).toEqual([...result.map(c => c.size)].sort((a, b) => b - a));
  });

  it.each([
    ["first beyond the cap", { algorithm: "DEGREE", first: 501 }, "LIMIT_EXCEEDED"],
    ["first below 1", { algorithm: "DEGREE", first: 0 }, "BAD_USER_INPUT"],
    [
      "an unknown corridor (NOT_FOUND rather than an empty answer)",
      { algorithm: "DEGREE", scope: { corridor: "corridor-nowhere" } },
      "NOT_FOUND",
    ],
    ["a malformed date", { algorithm: "DEGREE", scope: { dateFrom: "last year" } }, "BAD_USER_INPUT"],
    ["an unknown algorithm", { algorithm: "KATZ" }, "BAD_USER_INPUT"],
  ])("should refuse %s with a clean error", async (_what, variables, code) => {
    const res = await service.gql(CENTRALITY, variables);
    expect(res.data?.centrality ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).not.toMatch(/cypher|neo4j|gds\./i);
  });

  it("should refuse an unknown corridor for communities too", async () => {
    const res = await service.gql(COMMUNITIES, { algorithm: "LOUVAIN", scope: { corridor: "corridor-nowhere" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
