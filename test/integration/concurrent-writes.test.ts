import { toNumber } from "../../src/neo4j/values";
import { startTestService, type TestService } from "../support/harness";
import { TEST_KEYS } from "../support/test-env";

const WRITERS = 16;
const tag = `zzcw${Date.now().toString(36)}`;
const EDITOR = { authorization: `Bearer ${TEST_KEYS.editor}` };
const source = `src-${tag}`;
const a = `ent-${tag}-a`;
const b = `ent-${tag}-b`;

let service: TestService;

const upsertEntity = (id: string, n: number) =>
  service.gql(
    `mutation { upsertEntity(sourceId: "${source}", entity: { id: "${id}", kind: Enterprise, name: "并发${n % 2}", evidence: [{ quote: "q${n % 3}" }] }) { id } }`,
    {},
    EDITOR,
  );

const upsertRelation = (n: number) =>
  service.gql(
    `mutation { upsertRelation(sourceId: "${source}", relation: { type: COOPERATES_WITH, from: "${a}", to: "${b}", evidence: [{ quote: "r${n % 3}" }] }) { type } }`,
    {},
    EDITOR,
  );

async function counts(id: string) {
  const [row] = await service.app.db.read("test/entity-and-relation-count", {
    id,
    from: a,
    to: b,
    type: "COOPERATES_WITH",
  });
  return { nodes: toNumber(row!.nodes), relations: toNumber(row!.relations) };
}

beforeAll(async () => {
  service = await startTestService();
  expect(
    (
      await service.gql(
        `mutation { addSource(source: { id: "${source}", title: "并发测试", script: "Hans", text: "q0 q1 q2 r0 r1 r2" }) { id } }`,
        {},
        EDITOR,
      )
    ).errors,
  ).toBeUndefined();
});

afterAll(async () => {
  await service.app.db.write("test/delete-tagged-writes", { tag });
  await service.stop();
});

describe("concurrent writers", () => {
  it(`should end ${WRITERS} concurrent upserts of one new entity in one node, with no error`, async () => {
    const answers = await Promise.all(Array.from({ length: WRITERS }, (_, n) => upsertEntity(a, n)));
    expect(answers.flatMap(r => r.errors ?? [])).toEqual([]);
    expect((await counts(a)).nodes).toBe(1);
  });

  it(`should end ${WRITERS} concurrent upserts of one new relation in one relationship, with no error`, async () => {
    expect((await upsertEntity(b, 0)).errors).toBeUndefined();
    const answers = await Promise.all(Array.from({ length: WRITERS }, (_, n) => upsertRelation(n)));
    expect(answers.flatMap(r => r.errors ?? [])).toEqual([]);
    expect((await counts(b)).relations).toBe(1);
  });

  it("should keep every quote the concurrent writers gave, once", async () => {
    const res = await service.gql<{
      entity: { evidence: { quote: string }[]; relations: { evidence: { quote: string }[] }[] };
    }>(`{ entity(id: "${a}") { evidence { quote } relations(types: [COOPERATES_WITH]) { evidence { quote } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity.evidence.map(e => e.quote).sort()).toEqual(["q0", "q1", "q2"]);
    expect(res.data!.entity.relations).toHaveLength(1);
    expect(res.data!.entity.relations[0]!.evidence.map(e => e.quote).sort()).toEqual(["r0", "r1", "r2"]);
  });
});
