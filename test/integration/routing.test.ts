import { startConfiguredService } from "../support/configured-service";
import type { TestService } from "../support/harness";

let service: TestService;
const EDITOR = { authorization: "Bearer test-editor-key" };
// Every id this suite writes contains the tag, so clean-up cannot touch the seed graph.
const tag = `zzr${Date.now().toString(36)}`;
const SOURCE = `src-${tag}`;
const CITY = `city-${tag}`;
const QUOTE = `路由测试市 ${tag} 写入后立即读取`;

beforeAll(async () => {
  // The same local server, addressed through the routing scheme a cluster or Aura needs.
  service = await startConfiguredService(c => ({
    ...c,
    neo4j: { ...c.neo4j, uri: c.neo4j.uri!.replace(/^bolt:/, "neo4j:") },
  }));
});

afterAll(async () => {
  await service.app.db.write("test/delete-tagged-writes", { tag });
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

  it("should run a GDS algorithm and leave no projection but the one it keeps for the scope", async () => {
    const res = await service.gql<{ centrality: { scores: { entity: { id: string } }[] } }>(
      `{ centrality(algorithm: PAGERANK, network: FACTS, first: 3) { scores { entity { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.centrality.scores).toHaveLength(3);
    const graphs = await service.app.db.read<{ graphName: string }>("test/list-projected-graphs");
    const ours = graphs.map(g => g.graphName).filter(name => name.startsWith("innograph-"));
    expect(ours).toEqual(service.app.services.analytics.keptGraphs);
    expect(ours).toHaveLength(1);
  });

  it("should read a write back at once, the read chained to the write by its bookmark", async () => {
    const before = [...(await service.app.db.bookmarks.getBookmarks())];
    const added = await service.gql(
      "mutation($s: SourceInput!) { addSource(source: $s) { id } }",
      { s: { id: SOURCE, title: "路由测试来源", script: "Hans", text: QUOTE } },
      EDITOR,
    );
    expect(added.errors).toBeUndefined();
    const written = await service.gql(
      "mutation($src: ID!, $e: EntityInput!) { upsertEntity(sourceId: $src, entity: $e) { id } }",
      { src: SOURCE, e: { id: CITY, kind: "City", name: "路由测试市", evidence: [{ quote: QUOTE }] } },
      EDITOR,
    );
    expect(written.errors).toBeUndefined();
    // The write left a bookmark the next read session starts from (on a cluster: waits for on a secondary).
    const after = [...(await service.app.db.bookmarks.getBookmarks())];
    expect(after).not.toEqual(before);
    expect(after.length).toBeGreaterThan(0);

    const read = await service.gql<{ entity: { id: string; name: string; evidence: { quote: string }[] } }>(
      `query($id: ID!) { entity(id: $id) { id name evidence { quote } } }`,
      { id: CITY },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.entity).toEqual({ id: CITY, name: "路由测试市", evidence: [{ quote: QUOTE }] });
  });
});
