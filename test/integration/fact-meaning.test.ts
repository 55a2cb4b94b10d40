import { resolveDate } from "../../src/domain/fact-date";
import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";

const EDITOR = { authorization: "Bearer test-editor-key" };
let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

const seeds = seedFiles();
type Rel = (typeof seeds)[number]["seed"]["relations"][number] & {
  modality?: string;
  role?: string;
  roleText?: string;
};
const relations = seeds.flatMap(s => s.seed.relations as Rel[]);
const modality = (r: { modality?: string }) => r.modality ?? "ACTUAL";

describe("what facts mean, through the API", () => {
  it("should drop a city's planned partners when only ACTUAL facts are asked for, as the articles say", async () => {
    const city = "city-xuzhou";
    const partners = (rs: Rel[]) =>
      [
        ...new Set(
          rs
            .filter(r => r.type === "COOPERATES_WITH" && (r.from === city || r.to === city))
            .map(r => (r.from === city ? r.to : r.from)),
        ),
      ].sort();
    const all = partners(relations);
    const actual = partners(relations.filter(r => modality(r) === "ACTUAL"));
    expect(actual.length).toBeLessThan(all.length);
    const q = `query($m: [Modality!]) { entity(id: "${city}") { relations(types: [COOPERATES_WITH], modalities: $m) { modality other { id } } } }`;
    type A = { entity: { relations: { modality: string; other: { id: string } }[] } };
    const ids = (a: A) => [...new Set(a.entity.relations.map(r => r.other.id))].sort();
    expect(ids(await service.data<A>(q))).toEqual(all);
    const onlyActual = await service.data<A>(q, { m: ["ACTUAL"] });
    expect(ids(onlyActual)).toEqual(actual);
    expect(onlyActual.entity.relations.every(r => r.modality === "ACTUAL")).toBe(true);
  });

  it("should return the 2022 agreements for a 2022 date filter, each with its date basis", async () => {
    const expected = seeds
      .flatMap(s =>
        s.seed.entities
          .filter(e => e.kind === "Agreement")
          .map(e => ({
            e: e as typeof e & Record<string, string>,
            publishedOn: (s.seed.source as { publishedOn?: string }).publishedOn,
          })),
      )
      .map(({ e, publishedOn }) => ({
        id: e.id,
        ...resolveDate(
          { date: e.date ?? e.properties?.date, dateResolved: e.dateResolved, dateBasis: e.dateBasis },
          publishedOn,
        ).value,
      }))
      .filter(a => a.dateResolved?.startsWith("2022"));
    expect(expected.length).toBeGreaterThan(0);
    const got = await service.data<{
      agreements: { nodes: { id: string; date: string | null; dateResolved: string; dateBasis: string }[] };
    }>(
      '{ agreements(filter: {dateFrom: "2022", dateTo: "2022"}, first: 100) { nodes { id date dateResolved dateBasis } } }',
    );
    expect(got.agreements.nodes.map(n => n.id).sort()).toEqual(expected.map(a => a.id).sort());
    for (const n of got.agreements.nodes) {
      expect(n).toMatchObject({
        dateResolved: expect.stringMatching(/^2022/),
        dateBasis: expected.find(a => a.id === n.id)!.dateBasis,
      });
    }
  });

  it("should show each host's role and the article's word for it", async () => {
    const hosted = relations.filter(r => r.type === "HOSTED");
    const events = [...new Set(hosted.map(r => r.to))];
    for (const id of events) {
      const got = await service.data<{
        entity: { relations: { role: string | null; roleText: string | null; other: { id: string } }[] };
      }>(`{ entity(id: "${id}") { relations(types: [HOSTED], direction: IN) { role roleText other { id } } } }`);
      const want = hosted
        .filter(r => r.to === id)
        .map(r => ({ role: r.role ?? null, roleText: r.roleText ?? null, other: { id: r.from } }));
      expect(got.entity.relations).toEqual(expect.arrayContaining(want));
      expect(got.entity.relations).toHaveLength(want.length);
    }
    expect(hosted.every(r => r.role)).toBe(true);
  });

  it("should reach the corridor's own events through a corridor filter", async () => {
    const corridor = "corridor-g60";
    const own = relations
      .filter(r => r.type === "PART_OF" && r.to === corridor && r.from.startsWith("event-"))
      .map(r => r.from);
    expect(own.length).toBeGreaterThan(0);
    const got = await service.data<{ events: { nodes: { id: string }[] } }>(
      `{ events(filter: {corridor: "${corridor}"}, first: 100) { nodes { id } } }`,
    );
    expect(got.events.nodes.map(n => n.id)).toEqual(expect.arrayContaining(own));
  });

  it("should show two places for Suzhou that a reader can tell apart by English name and province", async () => {
    const places = seeds
      .flatMap(s => s.seed.entities)
      .filter(e => e.kind === "City" && /^Suzhou\b/.test(e.nameEn ?? ""));
    const ids = [...new Set(places.map(p => p.id))];
    expect(ids.length).toBe(2);
    const got = await service.data<{ search: { id: string; nameEn: string; province?: { name: string } | null }[] }>(
      '{ search(text: "Suzhou") { id nameEn ... on City { province { name } } } }',
    );
    const cities = got.search.filter(r => ids.includes(r.id));
    expect(cities.map(c => c.id).sort()).toEqual(ids.sort());
    expect(new Set(cities.map(c => c.nameEn)).size).toBe(2);
    expect(new Set(cities.map(c => c.province?.name)).size).toBe(2);
  });

  it.each([["a role outside the type's enum", { role: "SPONSOR" }, "relation.role"]])(
    "should refuse a write with %s, naming the field",
    async (_what, extra, field) => {
      const r = {
        type: "HOSTED",
        from: "city-xuzhou",
        to: "event-xuzhou-shanghai-talks",
        evidence: [{ quote: "徐州" }],
        ...extra,
      };
      const res = await service.gql(
        'mutation($r: RelationInput!) { upsertRelation(sourceId: "src-xuzhou-shanghai-talks", relation: $r) { id } }',
        { r },
        EDITOR,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: expect.stringContaining(field),
      });
    },
  );
});
