import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";

// What the visual explorer asks of the API: a scope of exactly the scene's entities (for its edges and
// its centrality) and the date by which each entity is known (for its time slider).

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

const seeds = seedFiles();
// A scope counts ACTUAL facts unless told otherwise; an absent modality reads as ACTUAL.
const relations = seeds
  .flatMap(s => s.seed.relations as ((typeof s.seed.relations)[number] & { modality?: string })[])
  .filter(r => (r.modality ?? "ACTUAL") === "ACTUAL");
const publishedOn = (s: (typeof seeds)[number]) => (s.seed.source as { publishedOn?: string }).publishedOn;

interface View {
  nodes: { id: string; kind: string; reportedOn: string | null }[];
  edges: { id: string; type: string; source: string; target: string }[];
}

async function subgraph(scope: Record<string, unknown>, limit = 5000): Promise<View> {
  const res = await service.gql<{ subgraph: View }>(
    "query($scope: GraphScope, $limit: Int) { subgraph(scope: $scope, limit: $limit) { nodes { id kind reportedOn } edges { id type source target } } }",
    { scope, limit },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.subgraph;
}

const SCENE = [
  "city-xuzhou",
  "city-shanghai",
  "academy-cas",
  "academy-cae",
  "person-li-keqiang",
  "univ-fudan",
  "no-such-entity",
];

describe("GraphScope.ids", () => {
  it("should limit a subgraph to the given entities and the relationships among them", async () => {
    const v = await subgraph({ ids: SCENE });
    const known = SCENE.filter(id => id !== "no-such-entity");
    expect(new Set(v.nodes.map(n => n.id))).toEqual(new Set(known));
    const expected = relations
      .filter(r => known.includes(r.from) && known.includes(r.to))
      .map(r => `${r.type}|${r.from}|${r.to}`);
    expect(new Set(v.edges.map(e => `${e.type}|${e.source}|${e.target}`))).toEqual(new Set(expected));
  });

  it("should combine with the other scope conditions", async () => {
    const v = await subgraph({ ids: SCENE, kinds: ["City"] });
    expect(new Set(v.nodes.map(n => n.id))).toEqual(new Set(["city-xuzhou", "city-shanghai"]));
  });

  it("should compute centrality over only the given entities", async () => {
    const res = await service.gql<{ centrality: { scores: { score: number; entity: { id: string } }[] } }>(
      "query($ids: [ID!]) { centrality(algorithm: DEGREE, network: FACTS, first: 50, scope: { ids: $ids }) { scores { score entity { id } } } }",
      { ids: SCENE },
    );
    expect(res.errors).toBeUndefined();
    const known = SCENE.filter(id => id !== "no-such-entity");
    // DEGREE counts distinct linked entities, each pair once whatever the number of relationships.
    const linked = (id: string) =>
      new Set(
        relations.flatMap(r =>
          r.from === id && known.includes(r.to) ? [r.to] : r.to === id && known.includes(r.from) ? [r.from] : [],
        ),
      ).size;
    const scores = new Map(res.data!.centrality.scores.map(s => [s.entity.id, s.score]));
    expect(new Set(scores.keys())).toEqual(new Set(known));
    for (const id of known) expect(scores.get(id)).toBe(linked(id));
  });

  it("should refuse more than 5000 ids as over a cap", async () => {
    const ids = Array.from({ length: 5001 }, (_, i) => `x-${i}`);
    const res = await service.gql("query($ids: [ID!]) { subgraph(scope: { ids: $ids }) { nodes { id } } }", { ids });
    expect(res.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
  });
});

describe("GraphNode.reportedOn", () => {
  it("should be the earliest publication date among the sources that mention the entity", async () => {
    const v = await subgraph({});
    const dates = new Map<string, string[]>();
    for (const s of seeds) {
      for (const e of s.seed.entities) {
        const d = publishedOn(s);
        dates.set(e.id, [...(dates.get(e.id) ?? []), ...(d ? [d] : [])]);
      }
    }
    expect(v.nodes.length).toBe(dates.size);
    for (const n of v.nodes) expect([n.id, n.reportedOn]).toEqual([n.id, [...dates.get(n.id)!].sort()[0] ?? null]);
    // An agreement whose day has no year is still placed on the timeline by its article's date.
    expect(v.nodes.find(n => n.id === "agreement-suzhou-university-jac-strategic-cooperation")?.reportedOn).toBe(
      "2023-12-29",
    );
  });
});
