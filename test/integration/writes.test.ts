import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/neo4j/database";
import { toNumber } from "../../src/neo4j/values";
import { startTestService, type GraphQLResponse, type TestService } from "../support/harness";

const EDITOR = { authorization: "Bearer test-editor-key" };
// Every id this suite writes contains the tag, so clean-up cannot touch the seed graph.
const tag = `zzw${Date.now().toString(36)}`;
const SOURCE = `src-${tag}`;
const CITY = `city-${tag}-a`;
const ENT = `ent-${tag}-b`;
const EVENT = `event-${tag}-e`;
const AGREEMENT = `agreement-${tag}-x`;
// The test source's article: every quote this suite writes from it is a line of it (quotes are always checked).
const TEXT = [CITY, ENT, EVENT, AGREEMENT]
  .map(id => `quote for ${id}`)
  .concat(["合作", "q", "企业位于测试市", "双方签署测试协议", "测试活动由测试市承办"])
  .join("\n");
const TEST_SOURCE = { id: SOURCE, title: "测试来源", script: "Hans", text: TEXT };

let service: TestService;
let db: Database;

beforeAll(async () => {
  service = await startTestService();
  db = service.app.db;
});

afterAll(async () => {
  await db.write("test/delete-tagged-writes", { tag });
  await service.stop();
});

async function graphSize() {
  const [row] = await db.read("test/graph-size");
  return { entities: toNumber(row!.entities), relations: toNumber(row!.relations), sources: toNumber(row!.sources) };
}

const entity = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind,
  name: `测试${id.slice(-1)}`,
  evidence: [{ quote: `quote for ${id}` }],
  ...extra,
});

const ADD_SOURCE = "mutation($s: SourceInput!) { addSource(source: $s) { id title script file } }";
const UPSERT_ENTITY =
  "mutation($src: ID!, $e: EntityInput!) { upsertEntity(sourceId: $src, entity: $e) { id kind name evidence { quote source { id } } } }";
const UPSERT_RELATION =
  "mutation($src: ID!, $r: RelationInput!) { upsertRelation(sourceId: $src, relation: $r) { id type direction from { id } to { id } evidence { quote source { id } } } }";
const UPSERT_AGREEMENT = `mutation($src: ID!, $a: EntityInput!, $parties: [ID!]!, $event: ID, $ev: [EvidenceInput!]!) {
  upsertAgreement(sourceId: $src, agreement: $a, parties: $parties, eventId: $event, evidence: $ev) { id date parties { id } event { id } }
}`;

function errorOf(res: GraphQLResponse) {
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!;
}

/** Runs a write that must be refused and checks the graph did not change. */
async function refused(query: string, variables: Record<string, unknown>, headers: Record<string, string> = EDITOR) {
  const before = await graphSize();
  const res = await service.gql(query, variables, headers);
  expect(await graphSize()).toEqual(before);
  return errorOf(res);
}

describe("writes", () => {
  beforeAll(async () => {
    const res = await service.gql(ADD_SOURCE, { s: TEST_SOURCE }, EDITOR);
    expect(res.errors).toBeUndefined();
  });

  describe("credentials", () => {
    const write = { src: SOURCE, e: entity(CITY, "City") };

    it("should refuse a write without a key as UNAUTHENTICATED, before looking at the input", async () => {
      expect((await refused(UPSERT_ENTITY, write, {})).extensions?.code).toBe("UNAUTHENTICATED");
      expect((await refused(UPSERT_ENTITY, { src: SOURCE, e: entity(CITY, "Event") }, {})).extensions?.code).toBe(
        "UNAUTHENTICATED",
      );
    });

    it("should refuse a key that is not an editor key as FORBIDDEN", async () => {
      expect((await refused(UPSERT_ENTITY, write, { authorization: "Bearer not-a-key" })).extensions?.code).toBe(
        "FORBIDDEN",
      );
      expect((await refused(UPSERT_ENTITY, write, { "x-api-key": "not-a-key" })).extensions?.code).toBe("FORBIDDEN");
    });

    it("should accept the editor key as x-api-key too", async () => {
      const res = await service.gql(ADD_SOURCE, { s: TEST_SOURCE }, { "x-api-key": "test-editor-key" });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ addSource: { id: SOURCE, title: "测试来源", script: "Hans", file: null } });
    });
  });

  describe("input validation", () => {
    it.each([
      [
        "a kind that does not match the id prefix",
        entity(CITY, "Event"),
        "entity.id",
        /Event id must start with "event-"/,
      ],
      ["no evidence", entity(CITY, "City", { evidence: [] }), "entity.evidence", /at least one quote/],
      ["an empty quote", entity(CITY, "City", { evidence: [{ quote: "" }] }), "entity.evidence[0].quote", /empty/],
      [
        "an attribute key that is not camelCase",
        entity(CITY, "City", { attributes: [{ key: "Bad Key", value: 1, quote: "q" }] }),
        "entity.attributes[0].key",
        /camelCase/,
      ],
      [
        "a date that is not partial ISO",
        entity(CITY, "City", { properties: { date: "2023/01/02" } }),
        "entity.properties.date",
        /partial ISO/,
      ],
      ["an id that is not kebab-case ascii", entity("City Xuzhou", "City"), "entity.id", /kebab-case/],
    ])("should refuse %s with BAD_USER_INPUT naming the field", async (_what, e, field, reason) => {
      const error = await refused(UPSERT_ENTITY, { src: SOURCE, e });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(String(error.extensions?.reason)).toMatch(reason);
      expect(error.message).toContain(field);
    });

    it("should refuse a quote that is not in the source's article", async () => {
      const seed = JSON.parse(
        fs.readFileSync(path.join(loadConfig().seedsDir, "000-xuzhou-shanghai-talks.json"), "utf8"),
      );
      const quote = seed.entities[0].evidence[0].quote as string;
      const good = await service.gql(
        UPSERT_ENTITY,
        { src: seed.source.id, e: entity(CITY, "City", { evidence: [{ quote }] }) },
        EDITOR,
      );
      expect(good.errors).toBeUndefined();
      const error = await refused(UPSERT_ENTITY, {
        src: seed.source.id,
        e: entity(CITY, "City", { evidence: [{ quote: "这句话不在文章里" }] }),
      });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "entity.evidence[0].quote" });
    });

    it("should refuse an unknown source as NOT_FOUND", async () => {
      const error = await refused(UPSERT_ENTITY, { src: `src-${tag}-missing`, e: entity(CITY, "City") });
      expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "sourceId" });
      const other = await refused(UPSERT_ENTITY, {
        src: SOURCE,
        e: entity(CITY, "City", { evidence: [{ quote: "q", source: `src-${tag}-gone` }] }),
      });
      expect(other.extensions).toMatchObject({ code: "NOT_FOUND", field: "entity.evidence[0].source" });
    });

    it("should name the field when type-graphql's own argument validation refuses", async () => {
      const res = await service.gql('{ search(text: "徐州", first: 0) { id } }');
      expect(errorOf(res).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
      expect(errorOf(res).message).toMatch(/^first: /);
    });
  });

  describe("entities and relations", () => {
    it("should upsert an entity idempotently", async () => {
      const vars = {
        src: SOURCE,
        e: entity(CITY, "City", { aliases: ["测试别名"], properties: { adminLevel: "prefecture" } }),
      };
      const first = await service.gql(UPSERT_ENTITY, vars, EDITOR);
      expect(first.errors).toBeUndefined();
      const size = await graphSize();
      const second = await service.gql<{ upsertEntity: { evidence: unknown[] } }>(UPSERT_ENTITY, vars, EDITOR);
      expect(second.errors).toBeUndefined();
      expect(await graphSize()).toEqual(size);
      expect(second.data!.upsertEntity).toMatchObject({ id: CITY, kind: "City" });
      expect(second.data!.upsertEntity.evidence).toContainEqual({ quote: `quote for ${CITY}`, source: { id: SOURCE } });
      const stored = await service.gql<{ entity: { aliases: string[]; adminLevel: string } }>(
        `{ entity(id: "${CITY}") { aliases ... on City { adminLevel } } }`,
      );
      expect(stored.data!.entity).toEqual({ aliases: ["测试别名"], adminLevel: "prefecture" });
    });

    it("should refuse a relation with a missing end as NOT_FOUND naming the end", async () => {
      await service.gql(UPSERT_ENTITY, { src: SOURCE, e: entity(CITY, "City") }, EDITOR);
      const relation = (from: string, to: string) => ({
        src: SOURCE,
        r: { type: "COOPERATES_WITH", from, to, evidence: [{ quote: "合作" }] },
      });
      expect((await refused(UPSERT_RELATION, relation(`ent-${tag}-nobody`, CITY))).extensions).toMatchObject({
        code: "NOT_FOUND",
        field: "relation.from",
      });
      expect((await refused(UPSERT_RELATION, relation(CITY, `ent-${tag}-nobody`))).extensions).toMatchObject({
        code: "NOT_FOUND",
        field: "relation.to",
      });
      expect((await refused(UPSERT_RELATION, relation(CITY, CITY))).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "relation.to",
      });
    });

    it("should upsert a relation idempotently, with its evidence readable from the entity", async () => {
      await service.gql(UPSERT_ENTITY, { src: SOURCE, e: entity(CITY, "City") }, EDITOR);
      await service.gql(UPSERT_ENTITY, { src: SOURCE, e: entity(ENT, "Enterprise") }, EDITOR);
      const vars = {
        src: SOURCE,
        r: { type: "LOCATED_IN", from: ENT, to: CITY, evidence: [{ quote: "企业位于测试市" }] },
      };
      const first = await service.gql(UPSERT_RELATION, vars, EDITOR);
      expect(first.errors).toBeUndefined();
      expect(first.data).toEqual({
        upsertRelation: {
          id: `${ENT}-located_in-${CITY}`,
          type: "LOCATED_IN",
          direction: "OUT",
          from: { id: ENT },
          to: { id: CITY },
          evidence: [{ quote: "企业位于测试市", source: { id: SOURCE } }],
        },
      });
      const size = await graphSize();
      expect((await service.gql(UPSERT_RELATION, vars, EDITOR)).errors).toBeUndefined();
      expect(await graphSize()).toEqual(size);
      const read = await service.gql<{
        entity: {
          relations: { type: string; other: { id: string }; evidence: { quote: string; source: { id: string } }[] }[];
        };
      }>(`{ entity(id: "${ENT}") { relations { type other { id } evidence { quote source { id } } } } }`);
      expect(read.errors).toBeUndefined();
      expect(read.data!.entity.relations).toEqual([
        { type: "LOCATED_IN", other: { id: CITY }, evidence: [{ quote: "企业位于测试市", source: { id: SOURCE } }] },
      ]);
    });
  });

  describe("agreements", () => {
    const agreement = entity(AGREEMENT, "Agreement", { properties: { date: "2024-05-01", title: "测试协议" } });
    const signing = { src: SOURCE, a: agreement, event: EVENT, ev: [{ quote: "双方签署测试协议" }] };

    beforeAll(async () => {
      for (const e of [
        entity(CITY, "City"),
        entity(ENT, "Enterprise"),
        entity(EVENT, "Event", { properties: { date: "2024-05-01" } }),
      ]) {
        expect((await service.gql(UPSERT_ENTITY, { src: SOURCE, e }, EDITOR)).errors).toBeUndefined();
      }
    });

    it("should write nothing when one party is unknown", async () => {
      const error = await refused(UPSERT_AGREEMENT, { ...signing, parties: [CITY, `ent-${tag}-ghost`] });
      expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "parties[1]", key: `ent-${tag}-ghost` });
      const read = await service.gql<{ entity: unknown }>(`{ entity(id: "${AGREEMENT}") { id } }`);
      expect(read.data!.entity).toBeNull();
    });

    it("should refuse an event that is not an Event, and an agreement of another kind", async () => {
      expect((await refused(UPSERT_AGREEMENT, { ...signing, parties: [CITY], event: ENT })).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "eventId",
      });
      expect(
        (await refused(UPSERT_AGREEMENT, { ...signing, parties: [CITY], a: entity(`ent-${tag}-c`, "Enterprise") }))
          .extensions,
      ).toMatchObject({ code: "BAD_USER_INPUT", field: "agreement.kind" });
      expect(
        (await refused(UPSERT_AGREEMENT, { ...signing, parties: [CITY], ev: [{ quote: "" }] })).extensions,
      ).toMatchObject({ code: "BAD_USER_INPUT", field: "evidence[0].quote" });
    });

    it("should create the agreement, its parties and its event in one idempotent write", async () => {
      const before = await graphSize();
      const first = await service.gql(UPSERT_AGREEMENT, { ...signing, parties: [CITY, ENT] }, EDITOR);
      expect(first.errors).toBeUndefined();
      expect(first.data).toEqual({
        upsertAgreement: {
          id: AGREEMENT,
          date: "2024-05-01",
          parties: expect.arrayContaining([{ id: CITY }, { id: ENT }]),
          event: { id: EVENT },
        },
      });
      expect(await graphSize()).toEqual({ ...before, entities: before.entities + 1, relations: before.relations + 3 });
      expect(
        (await service.gql(UPSERT_AGREEMENT, { ...signing, parties: [CITY, ENT] }, EDITOR)).errors,
      ).toBeUndefined();
      expect(await graphSize()).toEqual({ ...before, entities: before.entities + 1, relations: before.relations + 3 });
      const read = await service.gql<{
        entity: { relations: { type: string; evidence: { quote: string; source: { id: string } }[] }[] };
      }>(
        `{ entity(id: "${AGREEMENT}") { relations(types: [PARTY_TO, SIGNED_AT]) { type evidence { quote source { id } } } } }`,
      );
      expect(read.data!.entity.relations).toHaveLength(3);
      for (const r of read.data!.entity.relations) {
        expect(r.evidence).toEqual([{ quote: "双方签署测试协议", source: { id: SOURCE } }]);
      }
    });
  });
});
