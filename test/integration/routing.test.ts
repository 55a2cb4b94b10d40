import { startConfiguredService } from "../support/configured-service";
import type { TestService } from "../support/harness";

let service: TestService;

beforeAll(async () => {
  // The same local server, addressed through the routing scheme a cluster or Aura needs.
  service = await startConfiguredService(c => ({
    ...c,
    neo4j: { ...c.neo4j, uri: c.neo4j.uri!.replace(/^bolt:/, "neo4j:") },
  }));
});

afterAll(async () => {
  await service.stop();
});

describe("the neo4j:// routing scheme", () => {
  it("should connect through the routing driver", () => {
    expect(service.app.db.options.uri).toMatch(/^neo4j:\/\//);
  });

  it("should read an entity with its links", async () => {
    const res = await service.gql<{ entity: { id: string; corridors: { id: string }[] } }>(
      `{ entity(id: "city-xuzhou") { id ... on City { corridors { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity.id).toBe("city-xuzhou");
    expect(res.data!.entity.corridors.length).toBeGreaterThan(0);
  });

  it("should run a GDS algorithm and leave no projection", async () => {
    const res = await service.gql<{ centrality: { scores: { entity: { id: string } }[] } }>(
      `{ centrality(algorithm: PAGERANK, network: FACTS, first: 3) { scores { entity { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.centrality.scores).toHaveLength(3);
    const graphs = await service.app.db.read<{ graphName: string }>("test/list-projected-graphs");
    expect(graphs.filter(g => g.graphName.startsWith("innograph-"))).toEqual([]);
  });
});
