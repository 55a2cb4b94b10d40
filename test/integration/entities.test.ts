import { startTestService, type TestService } from "../support/harness";
import { seedDates } from "../support/seed-dates";
import { seedFiles } from "../support/seed-fixtures";
import { partnerCitiesOf, seedGraph } from "../support/seed-network";

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

const seedEntities = () => {
  const byId = new Map<string, { id: string; kind: string; name: string; properties?: Record<string, string> }>();
  for (const { seed } of seedFiles()) for (const e of seed.entities) byId.set(e.id, e);
  return [...byId.values()];
};
const seedRelations = () => seedFiles().flatMap(s => s.seed.relations);

type Page = {
  totalCount: number;
  nodes: { id: string; name: string; date?: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

describe("entity lists", () => {
  it("should page through all cities with cursors and a total count", async () => {
    const expected = seedEntities()
      .filter(e => e.kind === "City")
      .map(e => e.id)
      .sort();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { data?: { cities: Page }; errors?: unknown } = await service.gql<{ cities: Page }>(
        "query($after: String) { cities(first: 4, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }",
        { after },
      );
      expect(res.errors).toBeUndefined();
      const page: Page = res.data!.cities;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.nodes.map(n => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 20);
    expect(seen.sort()).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 4));
  });

  it("should filter cities by corridor", async () => {
    const members = seedRelations()
      .filter(r => r.type === "MEMBER_OF" && r.to === "corridor-g60")
      .map(r => r.from)
      .sort();
    const res = await service.gql<{ cities: Page }>(
      '{ cities(filter: {corridor: "corridor-g60"}, first: 50) { totalCount nodes { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cities.nodes.map(n => n.id).sort()).toEqual(expect.arrayContaining(members));
    expect(res.data!.cities.nodes.map(n => n.id)).not.toContain("city-suzhou-anhui");
    expect(res.data!.cities.nodes.map(n => n.id)).not.toContain("city-xuzhou");
  });

  it("should filter events by city and by date range, placing a day without a year only by its basis", async () => {
    const events = seedDates("Event");
    const inRange = (from: string, to: string) =>
      [...events].filter(([, d]) => d.resolved && d.resolved >= from && d.resolved <= `${to}-99`).map(([id]) => id);
    const res = await service.gql<{ events: Page }>(
      '{ events(filter: {city: "city-suzhou-anhui", dateFrom: "2023-06", dateTo: "2023"}, orderBy: DATE, first: 50) { totalCount nodes { id date } } }',
    );
    expect(res.errors).toBeUndefined();
    const expected = inRange("2023-06", "2023")
      .filter(id => seedRelations().some(r => r.type === "HELD_IN" && r.from === id && r.to === "city-suzhou-anhui"))
      .sort();
    expect(res.data!.events.nodes.map(n => n.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const dates = res.data!.events.nodes.map(n => n.date!);
    expect([...dates].sort()).toEqual(dates);
    // Days stated without a year: placed by the page's date when the basis says so, else on no timeline.
    const yearless = await service.gql<{ events: Page }>(
      '{ events(filter: {dateFrom: "2022", dateTo: "2022"}, first: 50) { nodes { id } } }',
    );
    expect(yearless.errors).toBeUndefined();
    const in2022 = inRange("2022", "2022").sort();
    expect(yearless.data!.events.nodes.map(n => n.id).sort()).toEqual(in2022);
    expect(in2022.some(id => events.get(id)?.stated?.startsWith("--"))).toBe(true);
  });

  it("should filter agreements by industry and platforms by city", async () => {
    const res = await service.gql<{ platforms: Page }>(
      '{ platforms(filter: {city: "city-changzhou"}) { nodes { id } } }',
    );
    expect(res.data!.platforms.nodes.map(n => n.id)).toEqual(
      expect.arrayContaining(["platform-longcheng-lab", "platform-changzhou-kejiaocheng"]),
    );
    const byIndustry = await service.gql<{ entities: Page }>(
      '{ entities(filter: {industry: "industry-new-energy-vehicles"}) { nodes { id } } }',
    );
    const expected = [
      ...new Set(
        seedRelations()
          .filter(r => r.type === "FOCUSES_ON" && r.to === "industry-new-energy-vehicles")
          .map(r => r.from),
      ),
    ].sort();
    expect(byIndustry.data!.entities.nodes.map(n => n.id).sort()).toEqual(expected);
  });

  it("should sort by degree, most connected first", async () => {
    const res = await service.gql<{ cities: Page }>(
      "{ cities(orderBy: DEGREE, descending: true, first: 3) { nodes { id } } }",
    );
    // The list counts the relationships of its modalities, ACTUAL by default (absent reads as ACTUAL).
    const degree = new Map<string, number>();
    const actual = (r: { modality?: string }) => (r.modality ?? "ACTUAL") === "ACTUAL";
    for (const r of new Map(seedRelations().map(r => [`${r.type}|${r.from}|${r.to}`, r])).values()) {
      if (!actual(r)) continue;
      degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    }
    const cities = seedEntities()
      .filter(e => e.kind === "City")
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
    expect(res.data!.cities.nodes[0]!.id).toBe(cities[0]!.id);
  });

  it("should refuse a page beyond the cap and a forged cursor, naming the field", async () => {
    const big = await service.gql("{ cities(first: 5000) { totalCount } }");
    expect(big.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(JSON.stringify(big.errors)).toContain("first");
    const forged = await service.gql('{ cities(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(forged.errors?.[0]?.message).toContain("after");
  });
});

describe("nested relationship fields", () => {
  it("should answer two levels of nesting for many parents in a constant number of transactions", async () => {
    const query = `{ cities(first: 50) { nodes { id corridors { id members { id name } } province { id }
      agreements { id parties { id } } events { id speakers { id } } partners { id } } } }`;
    const db = service.app.db;
    const before = db.transactions;
    const res = await service.gql<{ cities: { nodes: { id: string; corridors: { members: unknown[] }[] }[] } }>(query);
    const used = db.transactions - before;
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.cities.nodes;
    expect(nodes.length).toBeGreaterThan(10);
    // One list query, then one batch per distinct nested field and level, whatever the number of cities.
    expect(used).toBeLessThanOrEqual(10);
    const songjiang = nodes.find(n => n.id === "city-songjiang")!;
    expect(songjiang.corridors[0]!.members).toHaveLength(9);
  });

  it("should read an entity and the links two levels under it in one statement, answering as the loaders do", async () => {
    // The same selection twice: plain (read ahead with the entity) and with @include on every link (left to the loaders).
    const selection = (d: string) => `{ entity(id: "event-changzhou-kejiaocheng-hq-development-conference") { id name
      ... on Event { city ${d} { id name evidence { quote } sourceIds } agreements ${d} { id name parties ${d} { id kind } } ...speakers } } }
      fragment speakers on Event { speakers ${d} { id affiliations ${d} { id } offices ${d} { id kind ... on City { province ${d} { id } } } } }`;
    const db = service.app.db;
    const read = async (query: string) => {
      const before = db.transactions;
      const res = await service.gql<{ entity: Record<string, unknown> }>(query);
      expect(res.errors).toBeUndefined();
      return { data: res.data!.entity, used: db.transactions - before };
    };
    const ahead = await read(selection(""));
    const loaded = await read(selection("@include(if: true)"));
    expect(ahead.data).toEqual(loaded.data);
    type Office = { id: string; province?: { id: string } | null };
    const event = ahead.data as {
      city: { id: string; evidence: { quote: string }[]; sourceIds: string[] };
      agreements: { parties: { id: string }[] }[];
      speakers: { id: string; offices: Office[] }[];
    };
    expect(event.city.id).toBe("city-changzhou");
    // Read through a relation without its lists, the city still answers its evidence and sources.
    expect(event.city.evidence.length).toBeGreaterThan(0);
    expect(event.city.sourceIds).toContain("src-changzhou-kejiaocheng-conference");
    expect(event.agreements).toHaveLength(4);
    expect(event.agreements.flatMap(a => a.parties.map(p => p.id))).toContain("platform-longcheng-lab");
    expect(event.speakers.map(s => s.id).sort()).toEqual(["person-he-wei", "person-qiao-junjie", "person-sheng-lei"]);
    const qiao = event.speakers.find(s => s.id === "person-qiao-junjie")!;
    expect(qiao.offices.find(o => o.id === "city-changzhou")?.province).not.toBeNull();
    // The entity and two levels in one statement; then the city's lists, the sources of its quotes and
    // the provinces (a third level), one batch each.
    expect(ahead.used).toBe(4);
    // The loaders read the entity, then each of the two link levels, in their own transactions.
    expect(loaded.used - ahead.used).toBe(2);
  });

  it("should give every relationship its evidence and direction", async () => {
    const res = await service.gql<{
      entity: {
        relations: {
          type: string;
          direction: string;
          from: { id: string };
          to: { id: string };
          evidence: { quote: string; source: { title: string } }[];
        }[];
      };
    }>(
      '{ entity(id: "city-xuzhou") { relations { type direction from { id } to { id } evidence { quote source { title publisher publishedOn } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const rels = res.data!.entity.relations;
    const expected = new Set(
      seedRelations()
        .filter(r => r.from === "city-xuzhou" || r.to === "city-xuzhou")
        .map(r => `${r.type}|${r.from}|${r.to}`),
    );
    expect(new Set(rels.map(r => `${r.type}|${r.from.id}|${r.to.id}`))).toEqual(expected);
    for (const r of rels) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.evidence[0]!.quote.length).toBeGreaterThan(0);
      expect(r.direction).toBe(r.from.id === "city-xuzhou" ? "OUT" : "IN");
    }
  });

  it("should list a city's partner cities (its members' ACTUAL joint facts rolled up to their cities)", async () => {
    const g = seedGraph();
    const expected = [...g.entities.values()]
      .filter(e => e.kind === "City")
      .map(c => ({ id: c.id, partners: [...partnerCitiesOf(g, c.id)].sort() }))
      .sort((x, y) => y.partners.length - x.partners.length);
    // The most connected city, and Xuzhou, whose cooperation with Shanghai is only planned.
    for (const city of [expected[0]!, expected.find(c => c.id === "city-xuzhou")!]) {
      const res = await service.gql<{ entity: { partners: { id: string }[] } }>(
        "query($id: ID!) { entity(id: $id) { ... on City { partners(first: 100) { id } } } }",
        { id: city.id },
      );
      expect(res.errors).toBeUndefined();
      expect([city.id, res.data!.entity.partners.map(p => p.id).sort()]).toEqual([city.id, city.partners]);
    }
    expect(expected[0]!.partners.length).toBeGreaterThan(1);
  });

  it("should answer null for an unknown id", async () => {
    const res = await service.gql('{ entity(id: "city-atlantis") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ entity: null });
  });
});
