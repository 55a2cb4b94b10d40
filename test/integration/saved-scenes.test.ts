import { startTestService, type TestService } from "../support/harness";
import { TEST_KEYS } from "../support/test-env";

// Every scene this suite saves is named with the tag, so clean-up cannot touch anyone else's.
const tag = `zza${Date.now().toString(36)}`;
const editor = { authorization: `Bearer ${TEST_KEYS.editor}` };
const reader = { authorization: `Bearer ${TEST_KEYS.reader}` };
const admin = { authorization: `Bearer ${TEST_KEYS.admin}` };
const LOG = "{ auditLog(first: 200) { operation scenes keyId } }";
const SAVE = "mutation($s: SavedSceneInput!) { saveScene(scene: $s) { id name state nodes savedAt } }";
const LIST = "{ savedScenes(first: 500) { id name state nodes } }";
const DELETE = "mutation($id: ID!) { deleteScene(id: $id) }";
const scene = (name: string, state: string, nodes: number) => ({ s: { name, state, nodes } });

interface Saved {
  id: string;
  name: string;
  state: string;
  nodes: number;
}

describe("saved scenes", () => {
  let service: TestService;
  const mine = async () =>
    ((await service.gql<{ savedScenes: Saved[] }>(LIST)).data?.savedScenes ?? []).filter(s => s.name.includes(tag));

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    for (const s of await mine()) await service.gql(DELETE, { id: s.id }, editor);
    await service.stop();
  });

  it("should save a named scene with an editor key, list it to anyone, replace it by name and delete it", async () => {
    const name = `${tag} 徐州 partners`;
    const first = await service.gql<{ saveScene: Saved }>(SAVE, scene(name, "scene=abc_DEF-1", 3), editor);
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveScene).toMatchObject({ name, state: "scene=abc_DEF-1", nodes: 3 });

    // Anyone who may read lists it; saving again under the name replaces it, keeping its id.
    expect(await mine()).toEqual([{ id: first.data!.saveScene.id, name, state: "scene=abc_DEF-1", nodes: 3 }]);
    const again = await service.gql<{ saveScene: Saved }>(SAVE, scene(name, "scene=xyz", 5), editor);
    expect(again.data!.saveScene.id).toBe(first.data!.saveScene.id);
    expect((await mine()).map(s => [s.state, s.nodes])).toEqual([["scene=xyz", 5]]);

    // Deleting needs an editor key too; then it is gone, and a second delete says so.
    const refused = await service.gql(DELETE, { id: first.data!.saveScene.id }, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await mine()).toHaveLength(1);
    const deleted = await service.gql<{ deleteScene: boolean }>(DELETE, { id: first.data!.saveScene.id }, editor);
    expect(deleted.data!.deleteScene).toBe(true);
    expect(await mine()).toEqual([]);
    const twice = await service.gql<{ deleteScene: boolean }>(DELETE, { id: first.data!.saveScene.id }, editor);
    expect(twice.data!.deleteScene).toBe(false);
  });

  it("should name the scene in the audit entry of each save and delete", async () => {
    const name = `${tag} 扬州 to 常州`;
    const saved = await service.gql<{ saveScene: Saved }>(SAVE, scene(name, "scene=audit", 2), editor);
    await service.gql(DELETE, { id: saved.data!.saveScene.id }, editor);
    // A delete of a scene that is gone writes nothing, so it adds no entry.
    await service.gql(DELETE, { id: saved.data!.saveScene.id }, editor);

    const log = await service.gql<{ auditLog: { operation: string; scenes: string[]; keyId: string | null }[] }>(
      LOG,
      {},
      admin,
    );
    expect(log.errors).toBeUndefined();
    const ours = log.data!.auditLog.filter(e => e.scenes.includes(name));
    // Newest first: the delete, then the save, each by the editor's key.
    expect(ours.map(e => e.operation)).toEqual(["deleteScene", "saveScene"]);
    for (const e of ours) expect(e.keyId).not.toBeNull();
  });

  it("should refuse a save without a key, and a bad name or state naming the field, writing nothing", async () => {
    const none = await service.gql(SAVE, scene(`${tag} anonymous`, "scene=abc", 1));
    expect(none.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const [input, field] of [
      [scene("   ", "scene=abc", 1), "scene.name"],
      [scene(`${tag} bad state`, "<script>", 1), "scene.state"],
      [scene(`${tag} bad count`, "scene=abc", -1), "scene.nodes"],
    ] as const) {
      const res = await service.gql(SAVE, input, editor);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await mine()).toEqual([]);
  });
});
