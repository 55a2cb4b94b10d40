import { parseApiKeys } from "../../src/auth";
import { startTestService, type TestService } from "../support/harness";
import { TEST_KEYS, testApiKeys } from "../support/test-env";

const tag = `zzau${Date.now().toString(36)}`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const LOG = `{ auditLog(first: 20) { at keyId role operation entityIds sourceIds relations } }`;

interface Entry {
  at: string;
  keyId: string | null;
  role: string;
  operation: string;
  entityIds: string[];
  sourceIds: string[];
  relations: string[];
}

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.app.db.write("test/delete-tagged-writes", { tag });
  await service.stop();
});

describe("audit log", () => {
  it("should record each write with the key id, role and time, newest first, for admins only", async () => {
    const started = Date.now();
    const editor = bearer(TEST_KEYS.editor);
    const writes = [
      `mutation { addSource(source: { id: "src-${tag}", title: "审计", script: "Hans", text: "审计甲与审计乙合作：q" }) { id } }`,
      `mutation { upsertEntity(sourceId: "src-${tag}", entity: { id: "ent-${tag}-a", kind: Enterprise, name: "审计甲", evidence: [{ quote: "q" }] }) { id } }`,
      `mutation { upsertEntity(sourceId: "src-${tag}", entity: { id: "ent-${tag}-b", kind: Enterprise, name: "审计乙", evidence: [{ quote: "q" }] }) { id } }`,
      `mutation { upsertRelation(sourceId: "src-${tag}", relation: { type: COOPERATES_WITH, from: "ent-${tag}-a", to: "ent-${tag}-b", evidence: [{ quote: "q" }] }) { type } }`,
    ];
    for (const w of writes) expect((await service.gql(w, {}, editor)).errors).toBeUndefined();

    const res = await service.gql<{ auditLog: Entry[] }>(LOG, {}, bearer(TEST_KEYS.admin));
    expect(res.errors).toBeUndefined();
    const ours = res.data!.auditLog.filter(e => [...e.entityIds, ...e.sourceIds].some(id => id.includes(tag)));
    expect(ours.map(e => e.operation)).toEqual(["upsertRelation", "upsertEntity", "upsertEntity", "addSource"]);
    const editorKeyId = parseApiKeys(testApiKeys()).find(k => k.role === "editor")!.id;
    for (const e of ours) {
      expect(e).toMatchObject({ keyId: editorKeyId, role: "editor" });
      expect(Date.parse(e.at)).toBeGreaterThanOrEqual(started - 60_000);
    }
    expect(ours[0]!.relations).toEqual([`COOPERATES_WITH ent-${tag}-a -> ent-${tag}-b`]);
    expect(ours[1]!.entityIds).toEqual([`ent-${tag}-b`]);
  });

  it("should refuse the audit log to an editor and to anyone without a key", async () => {
    expect((await service.gql(LOG, {}, bearer(TEST_KEYS.editor))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await service.gql(LOG)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("should record nothing for a write that was refused", async () => {
    const admin = bearer(TEST_KEYS.admin);
    const before = (await service.gql<{ auditLog: Entry[] }>(LOG, {}, admin)).data!.auditLog;
    const refused = await service.gql(
      `mutation { upsertEntity(sourceId: "src-${tag}-missing", entity: { id: "ent-${tag}-c", kind: Enterprise, name: "审计丙", evidence: [{ quote: "q" }] }) { id } }`,
      {},
      bearer(TEST_KEYS.editor),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await service.gql<{ auditLog: Entry[] }>(LOG, {}, admin)).data!.auditLog).toEqual(before);
  });
});
