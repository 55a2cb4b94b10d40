import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";

interface Page {
  totalCount: number;
  nodes: { id: string; name: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const seeds = seedFiles().map(s => s.seed);
const entities = [...new Map(seeds.flatMap(s => s.entities.map(e => [e.id, e] as const))).values()];
const RANK = ["ACTUAL", "PLANNED", "ASPIRATION"];
/** Each relation once, by (type, from, to), with the most actual modality any file gives it (absent reads as ACTUAL). */
const relations = [
  ...seeds
    .flatMap(s => s.relations)
    .reduce((merged, r) => {
      const key = `${r.type}|${r.from}|${r.to}`;
      const given = [merged.get(key)?.modality, r.modality ?? "ACTUAL"].filter((m): m is string => m !== undefined);
      return merged.set(key, { from: r.from, to: r.to, modality: RANK.find(m => given.includes(m))! });
    }, new Map<string, { from: string; to: string; modality: string }>())
    .values(),
];

// Neo4j compares strings by code point; for the BMP characters of the seeds, JavaScript's < agrees.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  byText(a.name, b.name) || byText(a.id, b.id);

/** Relationships of the modalities at each entity, counted from the seed files (both directions, every type). */
function degreesOf(modalities: string[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of relations.filter(r => modalities.includes(r.modality))) {
    for (const end of [r.from, r.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return degree;
}

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

/** Every page of a list, followed by its cursors. */
async function allPages(list: string, args: string, pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const res: { data?: Record<string, Page>; errors?: unknown } = await service.gql<Record<string, Page>>(
      `query($after: String) { ${list}(${args}, first: ${pageSize}, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(res.errors).toBeUndefined();
    const page: Page = res.data![list]!;
    ids.push(...page.nodes.map(n => n.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    if (!after) break;
  }
  return ids;
}

describe("NAME order", () => {
  it.each([
    ["cities", "City"],
    ["people", "Person"],
    ["platforms", "Platform"],
    ["agreements", "Agreement"],
  ])("should list %s by Chinese name by default, the id breaking ties", async (list, kind) => {
    const want = entities.filter(e => e.kind === kind).sort(byName);
    expect(want.length).toBeGreaterThan(1);
    const res = await service.gql<Record<string, Page>>(`{ ${list}(first: 200) { nodes { id name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data![list]!.nodes).toEqual(want.map(e => ({ id: e.id, name: e.name })));
  });

  it("should list every entity by name across pages, and exactly the reverse with descending", async () => {
    const want = [...entities].sort(byName).map(e => e.id);
    expect(await allPages("entities", "orderBy: NAME", 37)).toEqual(want);
    expect(await allPages("entities", "orderBy: NAME, descending: true", 37)).toEqual([...want].reverse());
  });
});

describe("DEGREE order", () => {
  const cities = entities.filter(e => e.kind === "City");
  const ascendingBy = (degree: Map<string, number>) =>
    [...cities].sort((a, b) => (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0) || byName(a, b)).map(e => e.id);
  const actual = degreesOf(["ACTUAL"]);
  const ascending = ascendingBy(actual);
  const ascendingAll = ascendingBy(degreesOf(RANK));

  it("should list the least connected cities first, then by name, as the seed files count ACTUAL relationships", async () => {
    expect(new Set(cities.map(c => actual.get(c.id) ?? 0)).size).toBeGreaterThan(2);
    expect(await allPages("cities", "orderBy: DEGREE", 6)).toEqual(ascending);
    expect(await allPages("cities", "filter: { modalities: [ACTUAL] }, orderBy: DEGREE", 6)).toEqual(ascending);
  });

  it("should list the most connected first with descending, page after page", async () => {
    expect(await allPages("cities", "orderBy: DEGREE, descending: true", 6)).toEqual([...ascending].reverse());
  });

  it("should count the relationships of every modality when every modality is asked for", async () => {
    // Planned and aspired links reorder the cities, or this test could not tell the two counts apart.
    expect(ascendingAll).not.toEqual(ascending);
    const all = "filter: { modalities: [ACTUAL, PLANNED, ASPIRATION] }, orderBy: DEGREE";
    expect(await allPages("cities", all, 6)).toEqual(ascendingAll);
    expect(await allPages("cities", `${all}, descending: true`, 6)).toEqual([...ascendingAll].reverse());
  });
});

describe("DATE order", () => {
  type Dated = { id: string; date: string | null };
  const dated = async (args: string) => {
    const res = await service.gql<{ events: { nodes: Dated[] } }>(
      `{ events(${args}, first: 200) { nodes { id date } } }`,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.events.nodes;
  };

  it("should list every event, and descending should be exactly the ascending list reversed", async () => {
    const up = await dated("orderBy: DATE");
    expect(up.map(e => e.id).sort()).toEqual(
      entities
        .filter(e => e.kind === "Event")
        .map(e => e.id)
        .sort(),
    );
    expect(await dated("orderBy: DATE, descending: true")).toEqual([...up].reverse());
  });

  it("should put events of a known year in year order, with the descending list newest first", async () => {
    const year = (e: Dated) => (e.date && /^\d{4}/.test(e.date) ? e.date.slice(0, 4) : null);
    const years = (await dated("orderBy: DATE")).map(year).filter((y): y is string => y !== null);
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort());
    const down = (await dated("orderBy: DATE, descending: true")).map(year).filter((y): y is string => y !== null);
    expect(down).toEqual([...years].reverse());
  });
});
