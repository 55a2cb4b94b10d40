import { plainToInstance } from "class-transformer";
import { validateSync } from "class-validator";
import { loadSeed } from "../../src/seed/seed-loader";
import { SeedFileInput } from "../../src/seed/seed.input";
import { startTestService, type TestService } from "../support/harness";

// The service keeps the partnership network it read per process (src/partnership/network-cache.ts). Whatever
// writes (a mutation of this service, or the loader, as another process would), the next question must see it.
const EDITOR = { authorization: "Bearer test-editor-key" };
const tag = `zznc${Date.now().toString(36)}`;
const SOURCE = `src-${tag}`;
const [A, B, C, D] = ["a", "b", "c", "d"].map(x => `ent-${tag}-${x}`) as [string, string, string, string];
const [X, Y, Z] = ["x", "y", "z"].map(x => `city-${tag}-${x}`) as [string, string, string];
const QUOTE = {
  ab: "甲企业与乙企业开展合作",
  bc: "乙企业与丙企业开展合作",
  ac: "甲企业与丙企业签署合作",
  cd: "丙企业与丁企业开展合作",
  bd: "乙企业与丁企业开展合作",
  place: "甲企业位于某市，丙企业位于另一市，乙企业位于第三市",
};
const TEXT = Object.values(QUOTE).join("。\n");

const cooperation = (from: string, to: string, quote: string) => ({
  type: "COOPERATES_WITH",
  from,
  to,
  evidence: [{ quote }],
});
const located = (from: string, to: string) => ({ type: "LOCATED_IN", from, to, evidence: [{ quote: QUOTE.place }] });

function seed(relations: Record<string, unknown>[]): SeedFileInput {
  const entity = (id: string, kind: string, name: string) => ({ id, kind, name, evidence: [{ quote: QUOTE.place }] });
  const raw = {
    formatVersion: 2,
    source: { id: SOURCE, title: "缓存测试", script: "Hans", publishedOn: "2024-05-01", text: TEXT },
    entities: [
      entity(A, "Enterprise", `甲企业${tag}`),
      entity(B, "Enterprise", `乙企业${tag}`),
      entity(C, "Enterprise", `丙企业${tag}`),
      entity(D, "Enterprise", `丁企业${tag}`),
      entity(X, "City", `某市${tag}`),
      entity(Y, "City", `另一市${tag}`),
      entity(Z, "City", `第三市${tag}`),
    ],
    relations,
  };
  const input = plainToInstance(SeedFileInput, raw);
  expect(validateSync(input, { forbidUnknownValues: false })).toEqual([]);
  return input;
}

const PATH = `query ($from: String!, $to: String!) {
  partnershipPaths(from: $from, to: $to, mode: SHORTEST, maxHops: 6) { paths { nodes { id } } } }`;
const NETWORK = `query ($network: NetworkQuestionInput) {
  partnershipNetwork(network: $network) { ties { a { id } b { id } } } }`;
const CUT_POINTS = `query ($network: NetworkQuestionInput) {
  partnershipCutPoints(network: $network) { bridges { id } articulationPoints { id } } }`;
const UPSERT_RELATION =
  "mutation($src: ID!, $r: RelationInput!) { upsertRelation(sourceId: $src, relation: $r) { id } }";

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
  await loadSeed(
    service.app.db,
    seed([cooperation(A, B, QUOTE.ab), cooperation(B, C, QUOTE.bc), located(A, X), located(C, Y)]),
  );
}, 600_000);

afterAll(async () => {
  await service.app.db.write("test/delete-tagged-writes", { tag });
  await service.stop();
});

async function shortest(from: string, to: string): Promise<string[]> {
  const { partnershipPaths } = await service.data<{ partnershipPaths: { paths: { nodes: { id: string }[] }[] } }>(
    PATH,
    {
      from,
      to,
    },
  );
  return partnershipPaths.paths[0]?.nodes.map(n => n.id) ?? [];
}

/** The pairs of the test source's network at a level, as "a b" sorted. */
async function pairs(level: "ENTITY" | "CITY"): Promise<string[]> {
  const { partnershipNetwork } = await service.data<{
    partnershipNetwork: { ties: { a: { id: string }; b: { id: string } }[] };
  }>(NETWORK, { network: { sources: [SOURCE], level } });
  return partnershipNetwork.ties.map(t => [t.a.id, t.b.id].sort().join(" ")).sort();
}

const pair = (p: string, q: string) => [p, q].sort().join(" ");

/** The bridges (as "a b") and articulation points of the test source's ENTITY network, by GDS. */
async function cutPoints(): Promise<{ bridges: string[]; articulationPoints: string[] }> {
  const { partnershipCutPoints: cut } = await service.data<{
    partnershipCutPoints: { bridges: { id: string }[][]; articulationPoints: { id: string }[] };
  }>(CUT_POINTS, { network: { sources: [SOURCE] } });
  return {
    bridges: cut.bridges.map(b => pair(b[0]!.id, b[1]!.id)).sort(),
    articulationPoints: cut.articulationPoints.map(n => n.id).sort(),
  };
}

describe("the partnership network a process keeps between questions", () => {
  it("should answer the same question the same way twice", async () => {
    expect(await shortest(A, C)).toEqual([A, B, C]);
    expect(await shortest(A, C)).toEqual([A, B, C]);
    expect(await pairs("ENTITY")).toEqual([pair(A, B), pair(B, C)].sort());
  });

  it("should show a tie written by a mutation to the very next question", async () => {
    await service.data(UPSERT_RELATION, { src: SOURCE, r: cooperation(A, C, QUOTE.ac) }, EDITOR);
    expect(await shortest(A, C)).toEqual([A, C]);
    expect(await pairs("ENTITY")).toEqual([pair(A, B), pair(A, C), pair(B, C)].sort());
  });

  it("should show a tie the loader wrote, without this service being told", async () => {
    expect(await shortest(A, D)).toEqual([]);
    await loadSeed(service.app.db, seed([cooperation(C, D, QUOTE.cd)]));
    expect(await shortest(A, D)).toEqual([A, C, D]);
  });

  it("should follow a write that moves where a tie's end sits, though no tie changed", async () => {
    // B has no city yet: its ties make no city tie. A (in X) and C (in Y) cooperate directly.
    expect(await pairs("CITY")).toEqual([pair(X, Y)]);
    await service.data(UPSERT_RELATION, { src: SOURCE, r: located(B, Z) }, EDITOR);
    expect(await pairs("CITY")).toEqual([pair(X, Y), pair(X, Z), pair(Y, Z)].sort());
  });

  it("should run an analysis anew after a write, though the same question was answered before it", async () => {
    // A–B–C is a triangle and D hangs on C: C cuts D off, by the tie C–D. Asked twice, the second from what
    // the first computed; then B–D closes a cycle through D, and neither may be left.
    const before = { bridges: [pair(C, D)], articulationPoints: [C] };
    expect(await cutPoints()).toEqual(before);
    expect(await cutPoints()).toEqual(before);
    await service.data(UPSERT_RELATION, { src: SOURCE, r: cooperation(B, D, QUOTE.bd) }, EDITOR);
    expect(await cutPoints()).toEqual({ bridges: [], articulationPoints: [] });
  });
});
