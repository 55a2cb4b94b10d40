import { startTestService, type TestService } from "../support/harness";
import { seedGraph } from "../support/seed-network";
import { pinyinSyllables } from "../../src/domain/names";
import { run } from "../../src/neo4j/database";
import { int } from "../../src/neo4j/values";

// Expectations come from the seed files, read independently of the service.
const g = seedGraph();
const degreeOf = (id: string) => g.rels.filter(r => r.from === id || r.to === id).length;
const provinceOf = (id: string) => g.out(id, "LOCATED_IN").find(p => g.entities.get(p)?.kind === "Province");
interface Named {
  id: string;
  name: string;
}
const cities = [...g.entities.values()].filter(e => e.kind === "City") as unknown as Named[];
/** Romanisations that two or more city names share, with the cities sharing each: derived, not listed. */
const byRomanisation = new Map<string, Named[]>();
for (const c of cities) {
  const key = pinyinSyllables(c.name).join("");
  byRomanisation.set(key, [...(byRomanisation.get(key) ?? []), c]);
}
const shared = [...byRomanisation].filter(([, same]) => new Set(same.map(c => c.name)).size > 1);

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

interface Hit {
  id: string;
  name: string;
  nameEn: string | null;
  province?: { id: string; name: string } | null;
}

async function search(text: string, kinds?: string[]): Promise<Hit[]> {
  const res = await service.gql<{ search: Hit[] }>(
    "query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds) { id name nameEn ... on City { province { id name } } } }",
    { text, kinds },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

describe("search over a shared romanisation", () => {
  it("should find a romanisation two cities share", () => {
    expect(shared.length).toBeGreaterThan(0);
  });

  it.each(shared.map(([key, same]) => [key, same] as const))(
    "should list every city romanised %s, most connected first, each with its own province",
    async (key, same) => {
      const hits = (await search(key, ["City"])).slice(0, same.length);
      const expected = [...same]
        .sort((a, b) => degreeOf(b.id) - degreeOf(a.id) || a.name.length - b.name.length || a.id.localeCompare(b.id))
        .map(c => c.id);
      expect(hits.map(h => h.id)).toEqual(expected);
      expect(hits.map(h => h.province?.id)).toEqual(expected.map(provinceOf));
      expect(new Set(hits.map(h => h.province?.name)).size).toBe(same.length);
      expect(new Set(hits.map(h => h.nameEn)).size).toBe(same.length);
    },
  );

  it.each(shared.map(([key, same]) => [key, same] as const))(
    "should put the less connected city romanised %s first once it becomes the better connected",
    async (key, same) => {
      const [least, ...rest] = [...same].sort((a, b) => degreeOf(a.id) - degreeOf(b.id) || b.id.localeCompare(a.id));
      const most = Math.max(...rest.map(c => degreeOf(c.id)));
      const tag = `search-ranking-${key}`;
      const probes = (statement: string, params: Record<string, unknown>) =>
        service.app.db.writeTx(tx => run(tx, statement, { tag, ...params }));
      await probes("test/add-degree-probes", { id: least!.id, count: int(most - degreeOf(least!.id) + 1) });
      try {
        expect((await search(key, ["City"]))[0]?.id).toBe(least!.id);
      } finally {
        await probes("test/delete-degree-probes", {});
      }
      expect((await search(key, ["City"]))[0]?.id).not.toBe(least!.id);
    },
  );

  it.each(shared.flatMap(([, same]) => same.map(c => [c.name, c.id, same] as const)))(
    "should find only %s for its characters, never a city that merely sounds the same",
    async (name, id, same) => {
      const hits = await search(name);
      expect(hits[0]?.id).toBe(id);
      const others = same.filter(c => c.id !== id).map(c => c.id);
      expect(hits.map(h => h.id).filter(h => others.includes(h))).toEqual([]);
    },
  );
});
