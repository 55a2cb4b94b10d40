import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { startTestService, type TestService } from "../support/harness";

interface SeedEntity {
  id: string;
  kind: string;
  properties?: Record<string, string>;
}
interface SeedRelation {
  type: string;
  from: string;
  to: string;
}

/** The graph the seed files describe, merged the way the loader merges it: entities by id, relations by (type, from, to). */
function seedGraph() {
  const dir = loadConfig().seedsDir;
  const entities = new Map<string, SeedEntity>();
  const relations = new Map<string, SeedRelation>();
  const sources = new Set<string>();
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith(".json"))) {
    const seed = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    sources.add(seed.source.id);
    for (const e of seed.entities as SeedEntity[]) {
      entities.set(e.id, {
        ...entities.get(e.id),
        ...e,
        properties: { ...entities.get(e.id)?.properties, ...e.properties },
      });
    }
    for (const r of seed.relations as SeedRelation[]) relations.set(`${r.type}|${r.from}|${r.to}`, r);
  }
  const rels = [...relations.values()];
  const out = (from: string, type: string) => rels.filter(r => r.from === from && r.type === type).map(r => r.to);
  return { entities, rels, sources, out };
}

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
  const dates = [...g.entities.values()].filter(e => e.kind === kind).map(e => e.properties?.date);
  const years = dates.filter((d): d is string => !!d && /^\d{4}/.test(d)).map(d => Number(d.slice(0, 4)));
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

/**
 * The partnership rules (src/partnership/tie-rules.ts) restated over the seed files at CITY level: two entities
 * are partners when a cooperation joins them or they share an agreement, a founding, a hosted event or an
 * alliance/corridor; each rolls up to the top-level cities it is located in (a person or body without a place,
 * to those of what it is affiliated with or holds office in). Every seed fact is ACTUAL.
 */
function topCities(id: string): Set<string> {
  const out = new Set<string>();
  let frontier = [id];
  for (let depth = 0; depth <= 3 && frontier.length; depth++) {
    for (const f of frontier) {
      if (g.entities.get(f)?.kind === "City" && g.out(f, "LOCATED_IN").every(o => g.entities.get(o)?.kind !== "City")) {
        out.add(f);
      }
    }
    frontier = frontier.flatMap(f => g.out(f, "LOCATED_IN"));
  }
  return out;
}

function placesOf(id: string): Set<string> {
  const own = topCities(id);
  if (own.size) return own;
  return new Set([...g.out(id, "AFFILIATED_WITH"), ...g.out(id, "HOLDS_OFFICE_IN")].flatMap(o => [...topCities(o)]));
}

function partnersOf(city: string): Set<string> {
  const hubTypes = [["PARTY_TO"], ["FOUNDED"], ["HOSTED"], ["MEMBER_OF", "CENTRAL_CITY_OF"]];
  const pairs: [string, string][] = g.rels
    .filter(r => r.type === "COOPERATES_WITH")
    .flatMap(
      r =>
        [
          [r.from, r.to],
          [r.to, r.from],
        ] as [string, string][],
    );
  for (const types of hubTypes) {
    const byHub = new Map<string, string[]>();
    for (const r of g.rels) if (types.includes(r.type)) byHub.set(r.to, [...(byHub.get(r.to) ?? []), r.from]);
    for (const members of byHub.values()) {
      for (const a of members) for (const b of members) if (a !== b) pairs.push([a, b]);
    }
  }
  const partners = new Set<string>();
  for (const [a, b] of pairs) {
    if (!placesOf(a).has(city)) continue;
    for (const c of placesOf(b)) if (c !== city) partners.add(c);
  }
  return partners;
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
      .map(c => ({ id: c.id, count: partnersOf(c.id).size }))
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
