import { run } from "../../src/neo4j/database";
import { relationId } from "../../src/seed/seed-rows";
import { startTestService, type TestService } from "../support/harness";
import { seedGraph } from "../support/seed-network";

// Expectations come from the seed files, read independently of the service; absent modality reads as ACTUAL.
const g = seedGraph();
const isActual = (fact: { modality?: string } | undefined) => (fact?.modality ?? "ACTUAL") === "ACTUAL";
const isCity = (id: string) => g.entities.get(id)?.kind === "City";
const agreements = [...g.entities.values()].filter(e => e.kind === "Agreement");
const partiesOf = (id: string) => g.rels.filter(r => r.type === "PARTY_TO" && r.to === id);
/** The first agreement (by id) with a party: the one these tests mark planned, then restore. */
const signed = agreements.filter(a => partiesOf(a.id).length > 0).sort((a, b) => a.id.localeCompare(b.id))[0]!;

/** The cities a party counts for: itself, and what it is located in up to two steps (as the city filter reads it). */
function citiesOf(id: string): Set<string> {
  const found = new Set<string>();
  let frontier = [id];
  for (let step = 0; step <= 2; step++) {
    frontier.filter(isCity).forEach(c => found.add(c));
    frontier = frontier.flatMap(f => g.out(f, "LOCATED_IN"));
  }
  return found;
}
const partyCities = [...new Set(partiesOf(signed.id).flatMap(r => [...citiesOf(r.from)]))];

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await service.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Marks facts as the articles might have stated them, runs the check, and always puts the seed back. */
async function withModality(
  facts: { entities?: string[]; relations?: string[] },
  modality: string,
  check: () => Promise<void>,
) {
  const set = (value: string | null) =>
    service.app.db.writeTx(async tx => {
      for (const id of facts.entities ?? []) await run(tx, "test/set-entity-modality", { id, modality: value });
      for (const id of facts.relations ?? []) await run(tx, "test/set-relation-modality", { id, modality: value });
    });
  await set(modality);
  try {
    await check();
  } finally {
    await set(null);
  }
}

const LIST = `query($filter: EntityFilter) { agreements(filter: $filter, first: 200) { totalCount modalities nodes { id } } }`;
type List = { agreements: { totalCount: number; modalities: string[]; nodes: { id: string }[] } };
const STATS = `query($m: [Modality!]) { stats(modalities: $m) { modalities agreements { total byCity { city { id } count } } } }`;
type Stats = {
  stats: { modalities: string[]; agreements: { total: number; byCity: { city: { id: string }; count: number }[] } };
};
const cityCount = (s: Stats, city: string) => s.stats.agreements.byCity.find(c => c.city.id === city)?.count ?? 0;

describe("modalities on lists and stats", () => {
  it("should count ACTUAL agreements by default and say so, as the seed files state them", async () => {
    const list = await gql<List>(LIST);
    const stats = await gql<Stats>(STATS);
    const actual = agreements.filter(isActual).length;
    expect(actual).toBeGreaterThan(0);
    expect(list.agreements).toMatchObject({ totalCount: actual, modalities: ["ACTUAL"] });
    expect(stats.stats).toMatchObject({ modalities: ["ACTUAL"], agreements: { total: actual } });
  });

  it("should leave a planned agreement out of the default list and stats, and count it when PLANNED is asked for", async () => {
    await withModality({ entities: [signed.id] }, "PLANNED", async () => {
      const byDefault = await gql<List>(LIST);
      const planned = await gql<List>(LIST, { filter: { modalities: ["PLANNED"] } });
      const all = await gql<List>(LIST, { filter: { modalities: ["ACTUAL", "PLANNED"] } });
      const actual = agreements.filter(a => a.id !== signed.id && isActual(a)).length;
      expect(byDefault.agreements.totalCount).toBe(actual);
      expect(byDefault.agreements.nodes.map(n => n.id)).not.toContain(signed.id);
      expect(planned.agreements).toMatchObject({ totalCount: 1, modalities: ["PLANNED"], nodes: [{ id: signed.id }] });
      expect(all.agreements.totalCount).toBe(actual + 1);
      const stats = await gql<Stats>(STATS);
      const plannedStats = await gql<Stats>(STATS, { m: ["PLANNED"] });
      expect(stats.stats.agreements.total).toBe(actual);
      expect(plannedStats.stats).toMatchObject({ modalities: ["PLANNED"], agreements: { total: 1 } });
      // Its party links are still ACTUAL, so counting both modalities puts it back in its parties' cities.
      const allStats = await gql<Stats>(STATS, { m: ["ACTUAL", "PLANNED"] });
      for (const city of partyCities) expect(cityCount(allStats, city)).toBe(cityCount(stats, city) + 1);
    });
  });

  it("should not reach an agreement through planned party links in the city filter and the stats by city", async () => {
    expect(partyCities.length).toBeGreaterThan(0);
    const links = partiesOf(signed.id).map(r => relationId({ type: "PARTY_TO" as never, from: r.from, to: r.to }));
    const before = await gql<Stats>(STATS);
    await withModality({ relations: links }, "PLANNED", async () => {
      const after = await gql<Stats>(STATS);
      const all = await gql<Stats>(STATS, { m: ["ACTUAL", "PLANNED"] });
      for (const city of partyCities) {
        const byDefault = await gql<List>(LIST, { filter: { city } });
        const asked = await gql<List>(LIST, { filter: { city, modalities: ["ACTUAL", "PLANNED"] } });
        expect(byDefault.agreements.nodes.map(n => n.id)).not.toContain(signed.id);
        expect(asked.agreements.nodes.map(n => n.id)).toContain(signed.id);
        expect(cityCount(after, city)).toBe(cityCount(before, city) - 1);
        expect(cityCount(all, city)).toBe(cityCount(before, city));
      }
    });
  });
});

const NEIGHBOURHOOD = `query($id: ID!, $m: [Modality!]) {
  neighbourhood(id: $id, modalities: $m, limit: 5000) { modalities nodes { id } edges { type source target } }
}`;
type View = {
  neighbourhood: {
    modalities: string[];
    nodes: { id: string }[];
    edges: { type: string; source: string; target: string }[];
  };
};

describe("modalities on neighbourhood", () => {
  /** A city with neighbours joined to it only by planned facts, found in the seed files. */
  const neighbours = (id: string, keep: (r: { modality?: string }) => boolean) =>
    new Set([id, ...g.rels.filter(keep).flatMap(r => (r.from === id ? [r.to] : r.to === id ? [r.from] : []))]);
  const centre = [...g.entities.keys()]
    .filter(isCity)
    .sort()
    .find(c => neighbours(c, () => true).size > neighbours(c, isActual).size)!;

  it("should follow only ACTUAL facts by default and the planned ones when asked, saying which", async () => {
    expect(centre).toBeDefined();
    const byDefault = await gql<View>(NEIGHBOURHOOD, { id: centre });
    const all = await gql<View>(NEIGHBOURHOOD, { id: centre, m: ["ACTUAL", "PLANNED", "ASPIRATION"] });
    expect(byDefault.neighbourhood.modalities).toEqual(["ACTUAL"]);
    expect(all.neighbourhood.modalities).toEqual(["ACTUAL", "PLANNED", "ASPIRATION"]);
    expect(new Set(byDefault.neighbourhood.nodes.map(n => n.id))).toEqual(neighbours(centre, isActual));
    expect(new Set(all.neighbourhood.nodes.map(n => n.id))).toEqual(neighbours(centre, () => true));
    const planned = g.rels.filter(r => !isActual(r) && (r.from === centre || r.to === centre));
    for (const r of planned) {
      expect(byDefault.neighbourhood.edges).not.toContainEqual(
        expect.objectContaining({ type: r.type, source: r.from, target: r.to }),
      );
      expect(all.neighbourhood.edges).toContainEqual(
        expect.objectContaining({ type: r.type, source: r.from, target: r.to }),
      );
    }
  });
});
