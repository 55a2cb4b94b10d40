import fs from "node:fs";
import path from "node:path";
import { plainToInstance } from "class-transformer";
import { loadSeed } from "../../src/seed/seed-loader";
import { SeedFileInput } from "../../src/seed/seed.input";
import { startTestService, type TestService } from "../support/harness";
import type { WeightedFixture } from "../unit/partnership/algorithms.test";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "weighted-networks.json"), "utf8"),
) as WeightedFixture;
type Graph = WeightedFixture["graphs"][number];

const sourceOf = (g: Graph) => `src-oracle-${g.name}`;
const node = (g: Graph, n: string) => `org-oracle-${g.name}-${n}`;

/** A tie of weight w becomes w events co-hosted by its two ends: by the CO_HOST rule its weight is exactly w. */
function seedOf(g: Graph): SeedFileInput {
  const events = g.edges.flatMap(([a, b, w]) =>
    Array.from({ length: w }, (_, i) => ({ a, b, id: `event-oracle-${g.name}-${a}-${b}-${i}` })),
  );
  const raw = {
    formatVersion: 1,
    source: { id: sourceOf(g), title: `Weighted oracle graph ${g.name}`, script: "Hans" },
    entities: [
      ...g.nodes.map(n => ({
        id: node(g, n),
        kind: "Organization",
        name: `测试机构${g.name}${n}`,
        evidence: [{ quote: `node ${n}` }],
      })),
      ...events.map(e => ({
        id: e.id,
        kind: "Event",
        name: `测试活动${e.id}`,
        evidence: [{ quote: `event ${e.id}` }],
      })),
    ],
    relations: events.flatMap(e =>
      [e.a, e.b].map(n => ({
        type: "HOSTED",
        from: node(g, n),
        to: e.id,
        evidence: [{ quote: `${n} hosted ${e.id}` }],
      })),
    ),
  };
  return plainToInstance(SeedFileInput, raw);
}

// The unified field on its default network beside the deprecated one: the two must answer alike.
const RANKING = `query ($measure: PartnershipMeasure!, $algorithm: CentralityAlgorithm!, $network: NetworkQuestionInput, $first: Int, $samplingSize: Int) {
  partnershipCentrality(measure: $measure, network: $network, first: $first, samplingSize: $samplingSize) {
    network { level tieKinds modalities from to weighted } scores { score rank entity { id } } }
  centrality(algorithm: $algorithm, partnership: $network, first: $first, samplingSize: $samplingSize) {
    network { kind facts { sources } partnership { level tieKinds modalities from to weighted } } scores { score rank entity { id } } } }`;

type Ranking = {
  network: { weighted: boolean; tieKinds: string[] };
  scores: { score: number; entity: { id: string } }[];
};

/** Connected components of the fixture's edges, by union-find: independent of the service. */
function componentsOf(g: Graph): string[][] {
  const parent = new Map(g.nodes.map(n => [n, n]));
  const root = (n: string): string => (parent.get(n) === n ? n : root(parent.get(n)!));
  for (const [a, b] of g.edges) parent.set(root(a), root(b));
  const groups = new Map<string, string[]>();
  for (const n of g.nodes) groups.set(root(n), [...(groups.get(root(n)) ?? []), n]);
  return [...groups.values()];
}

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
  for (const g of fixture.graphs) await loadSeed(service.app.db, seedOf(g));
}, 600_000);

afterAll(async () => {
  for (const g of fixture.graphs) await service.app.db.write("test/delete-source", { source: sourceOf(g) });
  await service.stop();
});

describe.each(fixture.graphs)(
  `partnership measures through the API against networkx ${fixture.networkxVersion} on $name`,
  g => {
    const network = { sources: [sourceOf(g)], tieKinds: ["CO_HOST"] };
    const byNode = async (measure: string, samplingSize?: number) => {
      const res = await service.gql<{
        partnershipCentrality: Ranking;
        centrality: { network: { kind: string; facts: unknown; partnership: unknown } } & Omit<Ranking, "network">;
      }>(RANKING, { measure, algorithm: measure, network, first: 500, samplingSize });
      expect(res.errors).toBeUndefined();
      const old = res.data!.partnershipCentrality;
      const unified = res.data!.centrality;
      expect(unified.network).toEqual({ kind: "PARTNERSHIP", facts: null, partnership: old.network });
      expect(unified.scores).toEqual(old.scores);
      const answer = { ...unified, network: old.network };
      expect(answer.network.weighted).toBe(true);
      expect(answer.network.tieKinds).toEqual(["CO_HOST"]);
      const scores: Record<string, number> = {};
      for (const s of answer.scores) scores[s.entity.id.replace(`org-oracle-${g.name}-`, "")] = s.score;
      return scores;
    };
    const expectClose = (actual: Record<string, number>, expected: Record<string, number>, digits = 6) => {
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      for (const n of Object.keys(expected)) expect(actual[n]).toBeCloseTo(expected[n]!, digits);
    };

    it("should agree with networkx strength (weighted degree) and core numbers", async () => {
      expectClose(await byNode("STRENGTH"), g.strength);
      expectClose(await byNode("K_CORE"), g.coreNumber);
    });

    it("should agree with networkx weighted betweenness (distance 1/weight, each pair once, unnormalised)", async () => {
      expectClose(await byNode("BETWEENNESS"), g.betweenness);
    });

    it("should put sampled betweenness on the exact scale (all nodes sampled = exact)", async () => {
      expectClose(await byNode("BETWEENNESS", g.nodes.length), g.betweenness);
    });

    it("should agree with networkx weighted closeness, constraint and effective size", async () => {
      expectClose(await byNode("CLOSENESS"), g.closeness);
      expectClose(await byNode("CONSTRAINT"), g.constraint);
      expectClose(await byNode("EFFECTIVE_SIZE"), g.effectiveSize);
    });

    it("should agree with networkx weighted PageRank once both sum to 1 (GDS sums to about n)", async () => {
      const gds = await byNode("PAGERANK");
      const total = Object.values(gds).reduce((a, b) => a + b, 0);
      expectClose(Object.fromEntries(Object.entries(gds).map(([n, s]) => [n, s / total])), g.pagerank, 5);
    });

    it("should find networkx's bridges and articulation points", async () => {
      const res = await service.gql<{
        partnershipCutPoints: { bridges: { id: string }[][]; articulationPoints: { id: string }[] };
      }>(
        `query ($network: NetworkQuestionInput) { partnershipCutPoints(network: $network) { bridges { id } articulationPoints { id } } }`,
        { network },
      );
      expect(res.errors).toBeUndefined();
      const strip = (id: string) => id.replace(`org-oracle-${g.name}-`, "");
      const bridges = res.data!.partnershipCutPoints.bridges.map(b => b.map(e => strip(e.id)).sort()).sort();
      expect(bridges).toEqual([...g.bridges].map(b => [...b].sort()).sort());
      expect(res.data!.partnershipCutPoints.articulationPoints.map(e => strip(e.id)).sort()).toEqual(
        [...g.articulationPoints].sort(),
      );
    });

    it("should find the fixture's connected components with communities(WCC), as partnershipCommunities does", async () => {
      const res = await service.gql<{
        partnershipCommunities: { communities: { id: string }[][] };
        communities: { network: { kind: string }; communities: { members: { id: string }[] }[] };
      }>(
        `query ($network: NetworkQuestionInput) {
          partnershipCommunities(algorithm: WCC, network: $network) { communities { id } }
          communities(algorithm: WCC, network: PARTNERSHIP, partnership: $network) { network { kind } communities { members { id } } } }`,
        { network },
      );
      expect(res.errors).toBeUndefined();
      const unified = res.data!.communities.communities.map(c => c.members.map(m => m.id));
      expect(res.data!.communities.network.kind).toBe("PARTNERSHIP");
      expect(unified).toEqual(res.data!.partnershipCommunities.communities.map(c => c.map(m => m.id)));
      expect(unified.map(c => c.sort()).sort()).toEqual(
        componentsOf(g)
          .map(c => c.map(n => node(g, n)).sort())
          .sort(),
      );
    });

    it("should return networkx's k shortest simple path lengths, distinct, through the API", async () => {
      for (const p of g.paths) {
        type Paths = { paths: { length: number; nodes: { id: string }[] }[] };
        const res = await service.gql<{
          partnershipTiePaths: Paths;
          partnershipPaths: { network: { kind: string } } & Paths;
        }>(
          `query ($from: String!, $to: String!, $k: Int, $network: NetworkQuestionInput) {
          partnershipTiePaths(from: $from, to: $to, mode: K_SHORTEST, k: $k, maxHops: 8, network: $network) { paths { length nodes { id } } }
          partnershipPaths(from: $from, to: $to, mode: K_SHORTEST, k: $k, maxHops: 8, partnership: $network) {
            network { kind } paths { length nodes { id } steps { tie { weight } } } } }`,
          { from: node(g, p.from), to: node(g, p.to), k: p.k, network },
        );
        expect(res.errors).toBeUndefined();
        // partnershipPaths runs on the partnership network unless asked otherwise, as the deprecated field did.
        expect(res.data!.partnershipPaths.network.kind).toBe("PARTNERSHIP");
        expect(res.data!.partnershipPaths.paths.map(x => x.nodes)).toEqual(
          res.data!.partnershipTiePaths.paths.map(x => x.nodes),
        );
        const paths = res.data!.partnershipPaths.paths;
        const expected = p.shortestSimple.filter(x => x.length - 1 <= 8).map(x => x.length - 1);
        expect(paths.map(x => x.length)).toEqual(expected);
        expect(new Set(paths.map(x => x.nodes.map(n => n.id).join(" "))).size).toBe(paths.length);
      }
    });
  },
);
