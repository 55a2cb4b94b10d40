import fs from "node:fs";
import path from "node:path";
import { plainToInstance } from "class-transformer";
import { buildSchema, getNamedType, type GraphQLObjectType } from "graphql";
import { loadSeed } from "../../src/seed/seed-loader";
import { SeedFileInput } from "../../src/seed/seed.input";
import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";

/**
 * What each typed link field means, written here from the field descriptions and the seed format, not
 * read from the service's own link table: relationship types, the direction seen from the entity, and
 * the kinds allowed at the other end (none: any kind). `Type.field` entries override the plain name.
 */
interface LinkSpec {
  types: string[];
  direction: "OUT" | "IN";
  kinds?: string[];
}
const ORGANISATIONS = [
  "University",
  "ResearchInstitute",
  "Academy",
  "Platform",
  "Enterprise",
  "GovernmentBody",
  "Organization",
];
const SPEC: Record<string, LinkSpec> = {
  academicians: { types: ["ACADEMICIAN_OF"], direction: "IN", kinds: ["Person"] },
  academies: { types: ["ACADEMICIAN_OF"], direction: "OUT", kinds: ["Academy"] },
  affiliations: { types: ["AFFILIATED_WITH"], direction: "OUT" },
  agreements: { types: ["PARTY_TO"], direction: "OUT", kinds: ["Agreement"] },
  "Event.agreements": { types: ["SIGNED_AT"], direction: "IN", kinds: ["Agreement"] },
  attended: { types: ["ATTENDED"], direction: "OUT", kinds: ["Event"] },
  attendees: { types: ["ATTENDED"], direction: "IN" },
  awardedBy: { types: ["AWARDED"], direction: "IN" },
  centralCity: { types: ["CENTRAL_CITY_OF"], direction: "IN", kinds: ["City"] },
  centralCityOf: { types: ["CENTRAL_CITY_OF"], direction: "OUT", kinds: ["Corridor"] },
  city: { types: ["LOCATED_IN"], direction: "OUT", kinds: ["City"] },
  "Event.city": { types: ["HELD_IN"], direction: "OUT", kinds: ["City"] },
  corridors: { types: ["MEMBER_OF", "CENTRAL_CITY_OF"], direction: "OUT", kinds: ["Corridor"] },
  districts: { types: ["LOCATED_IN"], direction: "IN", kinds: ["City"] },
  event: { types: ["SIGNED_AT"], direction: "OUT", kinds: ["Event"] },
  "City.events": { types: ["HELD_IN"], direction: "IN", kinds: ["Event"] },
  "Corridor.events": { types: ["HOSTED"], direction: "OUT", kinds: ["Event"] },
  founded: { types: ["FOUNDED"], direction: "OUT" },
  founders: { types: ["FOUNDED"], direction: "IN" },
  hosted: { types: ["HOSTED"], direction: "OUT", kinds: ["Event"] },
  hosts: { types: ["HOSTED"], direction: "IN" },
  industries: { types: ["FOCUSES_ON"], direction: "OUT", kinds: ["Industry"] },
  launched: { types: ["LAUNCHED_AT"], direction: "IN" },
  memberOf: { types: ["MEMBER_OF"], direction: "OUT" },
  members: { types: ["MEMBER_OF"], direction: "IN" },
  offices: { types: ["HOLDS_OFFICE_IN"], direction: "OUT" },
  organizations: { types: ["LOCATED_IN"], direction: "IN", kinds: ORGANISATIONS },
  parentCity: { types: ["LOCATED_IN"], direction: "OUT", kinds: ["City"] },
  partOf: { types: ["PART_OF"], direction: "OUT" },
  parties: { types: ["PARTY_TO"], direction: "IN", kinds: ["City", "Province", ...ORGANISATIONS] },
  parts: { types: ["PART_OF"], direction: "IN" },
  people: { types: ["AFFILIATED_WITH", "HOLDS_OFFICE_IN"], direction: "IN", kinds: ["Person"] },
  platforms: { types: ["LOCATED_IN"], direction: "IN", kinds: ["Platform"] },
  province: { types: ["LOCATED_IN"], direction: "OUT", kinds: ["Province"] },
  speakers: { types: ["SPOKE_AT"], direction: "IN", kinds: ["Person"] },
  spokeAt: { types: ["SPOKE_AT"], direction: "OUT", kinds: ["Event"] },
};
// Not a single link: partners follows agreements and cooperation of the city and what is in it (entities.test).
const DERIVED = new Set(["partners"]);

interface LinkField {
  type: string;
  field: string;
  single: boolean;
  spec: LinkSpec | undefined;
}

/** Every field of an entity type whose value is an entity, from the committed SDL (checked against the code). */
function linkFields(): LinkField[] {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));
  const entity = schema.getType("Entity");
  const entityTypes = schema.getPossibleTypes(entity as never) as readonly GraphQLObjectType[];
  const names = new Set(["Entity", ...entityTypes.map(t => t.name)]);
  return entityTypes.flatMap(t =>
    Object.values(t.getFields())
      .filter(f => names.has(getNamedType(f.type).name) && !DERIVED.has(f.name))
      .map(f => ({
        type: t.name,
        field: f.name,
        single: !f.type.toString().startsWith("["),
        spec: SPEC[`${t.name}.${f.name}`] ?? SPEC[f.name],
      })),
  );
}

/**
 * The curated seeds have no organisation that is a member of another and no corridor that hosts an event,
 * so this suite adds one of each under its own source (removed afterwards with everything only it mentions).
 */
const FIXTURE_SOURCE = "src-link-fields-test";
const fixture = {
  formatVersion: 1,
  source: { id: FIXTURE_SOURCE, title: "link field test data", script: "Hans" },
  entities: [
    { id: "org-linkfix-alliance", kind: "Organization", name: "链接测试联盟" },
    { id: "ent-linkfix-member", kind: "Enterprise", name: "链接测试企业" },
    { id: "corridor-linkfix", kind: "Corridor", name: "链接测试走廊" },
    { id: "event-linkfix", kind: "Event", name: "链接测试论坛" },
  ].map(e => ({ ...e, evidence: [{ quote: `${e.name}（测试）` }] })),
  relations: [
    { type: "MEMBER_OF", from: "ent-linkfix-member", to: "org-linkfix-alliance" },
    { type: "HOSTED", from: "corridor-linkfix", to: "event-linkfix" },
  ].map(r => ({ ...r, evidence: [{ quote: `${r.from} ${r.type} ${r.to}（测试）` }] })),
};

const seeds = [...seedFiles().map(s => s.seed), fixture];
const kindOf = new Map(seeds.flatMap(s => s.entities.map(e => [e.id, e.kind] as const)));
const relations = [
  ...new Map(seeds.flatMap(s => s.relations.map(r => [`${r.type}|${r.from}|${r.to}`, r] as const))).values(),
];

/** The ids a link field should list for an entity, computed from the seed files alone. */
function expected(id: string, spec: LinkSpec): string[] {
  const others = relations
    .filter(r => spec.types.includes(r.type))
    .map(r => (spec.direction === "OUT" ? (r.from === id ? r.to : undefined) : r.to === id ? r.from : undefined))
    .filter((o): o is string => o !== undefined && (!spec.kinds || spec.kinds.includes(kindOf.get(o)!)));
  return [...new Set(others)].sort();
}

const fields = linkFields();
const byType = new Map<string, LinkField[]>();
for (const f of fields) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
  await loadSeed(service.app.db, plainToInstance(SeedFileInput, fixture));
});

afterAll(async () => {
  await service.app.db.write("test/delete-source", { source: FIXTURE_SOURCE });
  await service.stop();
});

type Answer = Record<string, { id: string } | { id: string }[] | null>;

const selection = (type: string) =>
  `... on ${type} { ${byType
    .get(type)!
    .map(f => `${f.field} { id }`)
    .join(" ")} }`;
const idsOf = (value: Answer[string]) =>
  value === null ? [] : Array.isArray(value) ? value.map(v => v.id).sort() : [value.id];

/** Compares one entity's answer with the seed files; returns the fields that disagree. */
function mismatches(type: string, id: string, answer: Answer): string[] {
  return byType.get(type)!.flatMap(f => {
    const want = expected(id, f.spec!);
    const got = idsOf(answer[f.field]!);
    const ok = f.single
      ? want.length === 0
        ? got.length === 0
        : got.length === 1 && want.includes(got[0]!)
      : JSON.stringify(got) === JSON.stringify(want);
    return ok
      ? []
      : [
          `${type}.${f.field} of ${id}: got ${JSON.stringify(got)}, want ${f.single ? "one of " : ""}${JSON.stringify(want)}`,
        ];
  });
}

describe("typed link fields", () => {
  it("should have a meaning written down here for every link field of the schema", () => {
    expect(fields.length).toBeGreaterThan(30);
    expect(fields.filter(f => !f.spec).map(f => `${f.type}.${f.field}`)).toEqual([]);
  });

  it("should have seed data behind every link field on some kind, so no field is checked only on empty answers", () => {
    const backed = new Set(
      fields
        .filter(f => [...kindOf].some(([id, kind]) => kind === f.type && expected(id, f.spec!).length > 0))
        .map(f => f.spec),
    );
    expect(fields.filter(f => !backed.has(f.spec)).map(f => `${f.type}.${f.field}`)).toEqual([]);
  });

  it.each([...byType.keys()].map(t => [t]))(
    "should answer every link field of every %s as the seed files say, read through entity(id)",
    async type => {
      const ids = [...kindOf].filter(([, kind]) => kind === type).map(([id]) => id);
      expect(ids.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (let i = 0; i < ids.length; i += 5) {
        const batch = ids.slice(i, i + 5);
        const query = `{ ${batch.map((id, j) => `e${j}: entity(id: ${JSON.stringify(id)}) { id ${selection(type)} }`).join(" ")} }`;
        const res = await service.gql<Record<string, Answer>>(query);
        expect(res.errors).toBeUndefined();
        batch.forEach((id, j) => problems.push(...mismatches(type, id, res.data![`e${j}`]!)));
      }
      expect(problems).toEqual([]);
    },
  );

  it.each([...byType.keys()].map(t => [t]))(
    "should answer the same for every %s read through the entities list",
    async type => {
      const ids = [...kindOf].filter(([, kind]) => kind === type).map(([id]) => id);
      const res = await service.gql<{ entities: { nodes: ({ id: string } & Answer)[] } }>(
        `{ entities(filter: { kinds: [${type}] }, first: 100) { nodes { id ${selection(type)} } } }`,
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.entities.nodes;
      expect(nodes.map(n => n.id).sort()).toEqual(ids.sort());
      expect(nodes.flatMap(n => mismatches(type, n.id, n))).toEqual([]);
    },
  );
});
