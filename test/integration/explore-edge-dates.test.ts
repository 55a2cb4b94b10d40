import { resolveDate } from "../../src/domain/fact-date";
import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";

// GraphEdge.when against the seeds: a relationship into an agreement or event takes that one's date with its
// basis; any other takes its earliest report, marked PUBLISHED.
type Dated = { id: string; kind: string; date?: string; dateResolved?: string; dateBasis?: string };
const seeds = seedFiles();
const hubs = new Map<string, { e: Dated; publishedOn?: string }>();
for (const { seed } of seeds) {
  for (const e of seed.entities as Dated[]) {
    if (["Event", "Agreement"].includes(e.kind) && (e.date || e.dateResolved) && !hubs.has(e.id)) {
      hubs.set(e.id, { e, publishedOn: seed.source.publishedOn });
    }
  }
}

describe("GraphEdge.when", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.stop());

  it("should date every drawn relationship as the seeds do, keeping the basis", async () => {
    const ids = [...new Set(seeds.flatMap(s => s.seed.entities.map(e => e.id)))];
    const res = await service.gql<{
      subgraph: {
        edges: { type: string; source: string; target: string; when: { date: string | null; basis: string | null } }[];
      };
    }>(
      `query($ids: [ID!], $limit: Int) { subgraph(scope: { ids: $ids, modalities: [ACTUAL, PLANNED, ASPIRATION] }, limit: $limit) {
        edges { type source target when { date basis } } } }`,
      { ids, limit: ids.length },
    );
    expect(res.errors).toBeUndefined();
    const edges = res.data!.subgraph.edges;
    expect(edges.length).toBeGreaterThan(50);
    const bases = new Set<string>();
    for (const e of edges) {
      const hub = hubs.get(e.target);
      const resolved = hub ? resolveDate(hub.e, hub.publishedOn).value : null;
      const published = seeds
        .filter(s => s.seed.relations.some(r => r.from === e.source && r.type === e.type && r.to === e.target))
        .flatMap(s => (s.seed.source.publishedOn ? [s.seed.source.publishedOn] : []))
        .sort()[0];
      const want = resolved?.dateResolved
        ? { date: resolved.dateResolved, basis: resolved.dateBasis }
        : published
          ? { date: published, basis: "PUBLISHED" }
          : { date: null, basis: null };
      expect({ edge: `${e.source} ${e.type} ${e.target}`, ...e.when }).toEqual({
        edge: `${e.source} ${e.type} ${e.target}`,
        ...want,
      });
      if (want.basis) bases.add(want.basis);
    }
    expect(bases.size).toBeGreaterThanOrEqual(3);
  });
});
