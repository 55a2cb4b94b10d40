import { startTestService, type TestService } from "../support/harness";
import { seedDates } from "../support/seed-dates";
import { partnerCitiesOf, seedGraph } from "../support/seed-network";

const g = seedGraph();

function tally(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const asMap = (list: { key: string; count: number }[]) => new Map(list.map(x => [x.key, x.count]));
const cityMap = (list: { city: { id: string }; count: number }[]) => new Map(list.map(x => [x.city.id, x.count]));
const isCity = (id: string) => g.entities.get(id)?.kind === "City";

/** Cities reachable by LOCATED_IN in `min`..`max` steps, starting at `id` itself when min is 0. */
function citiesAround(id: string, min: number, max: number): Set<string> {
  const found = new Set<string>();
  let frontier = [id];
  for (let step = 0; step <= max; step++) {
    if (step >= min) frontier.filter(isCity).forEach(c => found.add(c));
    frontier = frontier.flatMap(f => g.out(f, "LOCATED_IN"));
  }
  return found;
}

function expectedByYear(kind: string) {
  const resolved = seedDates(kind);
  const dates = [...g.entities.values()].filter(e => e.kind === kind).map(e => resolved.get(e.id)?.resolved);
  const years = dates.filter((d): d is string => !!d).map(d => Number(d.slice(0, 4)));
  const byYear = [...tally(years.map(String))]
    .map(([year, count]) => ({ year: Number(year), count }))
    .sort((a, b) => a.year - b.year);
  return { total: dates.length, byYear, undated: dates.length - years.length };
}

function expectedByCity(kind: string, citiesOf: (id: string) => Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of g.entities.values()) {
    if (e.kind !== kind) continue;
    for (const c of citiesOf(e.id)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

const DATED = "total undated byYear { year count } byCity { city { id name } count }";

describe("stats", () => {
  it("should count entities by kind and relations by type as the seed files do", async () => {
    const res = await service.gql<{
      stats: {
        byKind: { key: string; count: number }[];
        byRelationType: { key: string; count: number }[];
        totalEntities: number;
        totalRelations: number;
        sources: number;
      };
    }>("{ stats { byKind { key count } byRelationType { key count } totalEntities totalRelations sources } }");
    expect(res.errors).toBeUndefined();
    const stats = res.data!.stats;
    expect(asMap(stats.byKind)).toEqual(tally([...g.entities.values()].map(e => e.kind)));
    expect(asMap(stats.byRelationType)).toEqual(tally(g.rels.map(r => r.type)));
    expect(stats.totalEntities).toBe(g.entities.size);
    expect(stats.totalRelations).toBe(g.rels.length);
    expect(stats.sources).toBe(g.sources.size);
    const counts = stats.byKind.map(k => k.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("should count agreements and events per known year, with the undated apart", async () => {
    const res = await service.gql<{
      stats: Record<
        "agreements" | "events",
        { total: number; undated: number; byYear: { year: number; count: number }[] }
      >;
    }>(`{ stats { agreements { ${DATED} } events { ${DATED} } } }`);
    expect(res.errors).toBeUndefined();
    for (const [field, kind] of [
      ["agreements", "Agreement"],
      ["events", "Event"],
    ] as const) {
      const got = res.data!.stats[field];
      expect({ total: got.total, byYear: got.byYear, undated: got.undated }).toEqual(expectedByYear(kind));
    }
  });

  it("should count events by the city they were held in and agreements by their parties' cities", async () => {
    const res = await service.gql<{
      stats: Record<"agreements" | "events", { byCity: { city: { id: string }; count: number }[] }>;
    }>(`{ stats { agreements { ${DATED} } events { ${DATED} } } }`);
    expect(res.errors).toBeUndefined();
    const heldIn = (event: string) => new Set(g.out(event, "HELD_IN").flatMap(c => [...citiesAround(c, 0, 1)]));
    const partyCities = (agreement: string) =>
      new Set(
        g.rels.filter(r => r.type === "PARTY_TO" && r.to === agreement).flatMap(r => [...citiesAround(r.from, 0, 2)]),
      );
    expect(cityMap(res.data!.stats.events.byCity)).toEqual(expectedByCity("Event", heldIn));
    expect(cityMap(res.data!.stats.agreements.byCity)).toEqual(expectedByCity("Agreement", partyCities));
    expect(res.data!.stats.agreements.byCity.length).toBeGreaterThan(0);
  });

  it("should agree with the filtered lists about each city's agreements and events", async () => {
    const res = await service.gql<{
      stats: Record<"agreements" | "events", { byCity: { city: { id: string }; count: number }[] }>;
    }>("{ stats { agreements { byCity { city { id } count } } events { byCity { city { id } count } } } }");
    for (const field of ["agreements", "events"] as const) {
      for (const { city, count } of res.data!.stats[field].byCity) {
        const list = await service.gql<Record<string, { totalCount: number }>>(
          `query($city: ID) { ${field}(filter: { city: $city }) { totalCount } }`,
          { city: city.id },
        );
        expect(list.errors).toBeUndefined();
        expect([field, city.id, list.data![field]!.totalCount]).toEqual([field, city.id, count]);
      }
    }
  });

  it("should rank the cities with the most partner cities, as City.partners and the CITY-level partnership network count them", async () => {
    const ranked = [...g.entities.values()]
      .filter(e => e.kind === "City")
      .map(c => ({ id: c.id, count: partnerCitiesOf(g, c.id).size }))
      .filter(c => c.count > 0)
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    const res = await service.gql<{
      stats: {
        top: { city: { id: string; partners: { id: string }[] }; count: number }[];
        two: { city: { id: string }; count: number }[];
      };
    }>(
      "{ stats { top: topPartnerCities { city { id ... on City { partners { id } } } count } two: topPartnerCities(first: 2) { city { id } count } } }",
    );
    expect(res.errors).toBeUndefined();
    const top = res.data!.stats.top;
    expect(top.map(t => ({ id: t.city.id, count: t.count }))).toEqual(ranked.slice(0, 5));
    expect(res.data!.stats.two.map(t => ({ id: t.city.id, count: t.count }))).toEqual(ranked.slice(0, 2));
    for (const t of top) expect(t.city.partners.length).toBe(t.count);
  });

  it("should refuse a topPartnerCities size out of range", async () => {
    const res = await service.gql("{ stats { topPartnerCities(first: 0) { count } } }");
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("should list each corridor with its member count and central city", async () => {
    const res = await service.gql<{
      stats: { corridors: { corridor: { id: string }; memberCount: number; centralCity: { id: string } | null }[] };
    }>("{ stats { corridors { corridor { id name } memberCount centralCity { id name } } } }");
    expect(res.errors).toBeUndefined();
    const expected = [...g.entities.values()]
      .filter(e => e.kind === "Corridor")
      .map(k => ({
        id: k.id,
        memberCount: new Set(
          g.rels
            .filter(r => (r.type === "MEMBER_OF" || r.type === "CENTRAL_CITY_OF") && r.to === k.id)
            .map(r => r.from),
        ).size,
        centralCity: g.rels.find(r => r.type === "CENTRAL_CITY_OF" && r.to === k.id)?.from ?? null,
      }));
    const got = res.data!.stats.corridors.map(c => ({
      id: c.corridor.id,
      memberCount: c.memberCount,
      centralCity: c.centralCity?.id ?? null,
    }));
    expect(new Map(got.map(c => [c.id, c]))).toEqual(new Map(expected.map(c => [c.id, c])));
  });
});
