import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";

// partnershipNetwork(scope:) against the seeds: a corridor keeps its member cities and what links to them.
const NETWORK = `query($scope: GraphScope) {
  partnershipNetwork(network: { level: CITY, modalities: [ACTUAL, PLANNED] }, scope: $scope) {
    network { level corridor } nodes { id } ties { a { id } b { id } } } }`;

interface Answer {
  partnershipNetwork: {
    network: { level: string; corridor: string | null };
    nodes: { id: string }[];
    ties: { a: { id: string }; b: { id: string } }[];
  };
}

const seeds = seedFiles();
const relations = seeds.flatMap(s => s.seed.relations);
const corridors = [...new Set(seeds.flatMap(s => s.seed.entities.filter(e => e.kind === "Corridor").map(e => e.id)))];

describe("partnershipNetwork cut to a scope", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.stop());

  it.each(corridors)(
    "should keep only %s's member cities and what links to them, and the ties among them",
    async id => {
      const whole = (await service.gql<Answer>(NETWORK, { scope: null })).data!.partnershipNetwork;
      const res = await service.gql<Answer>(NETWORK, { scope: { corridor: id } });
      expect(res.errors).toBeUndefined();
      const cut = res.data!.partnershipNetwork;
      expect(cut.network).toEqual({ level: "CITY", corridor: id });
      const members = new Set(
        relations.filter(r => ["MEMBER_OF", "CENTRAL_CITY_OF"].includes(r.type) && r.to === id).map(r => r.from),
      );
      const linked = new Set(
        relations.flatMap(r => (members.has(r.from) ? [r.to] : members.has(r.to) ? [r.from] : [])),
      );
      const kept = new Set(cut.nodes.map(n => n.id));
      const wholeIds = new Set(whole.nodes.map(n => n.id));
      for (const m of members) if (wholeIds.has(m)) expect(kept).toContain(m);
      for (const n of kept) expect(members.has(n) || linked.has(n)).toBe(true);
      // Every tie of the whole network between two kept nodes stays; no other tie does.
      const key = (t: Answer["partnershipNetwork"]["ties"][number]) => [t.a.id, t.b.id].sort().join("|");
      const expected = whole.ties.filter(t => kept.has(t.a.id) && kept.has(t.b.id)).map(key);
      expect(cut.ties.map(key).sort()).toEqual(expected.sort());
      expect(kept.size).toBeGreaterThan(0);
      expect(kept.size).toBeLessThan(wholeIds.size);
    },
  );

  it("should refuse a corridor that does not exist, naming it", async () => {
    const res = await service.gql(NETWORK, { scope: { corridor: "corridor-nowhere" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(res.errors?.[0]?.message).toContain("corridor-nowhere");
  });
});
