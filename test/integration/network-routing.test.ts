import fs from "node:fs";
import path from "node:path";
import { startTestService, type TestService } from "../support/harness";
import { articlesDir, seedFiles, type SeedJson } from "../support/seed-fixtures";

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

// Expectations come from the seed files, read independently of the service.
const seeds = seedFiles();
type Fact = SeedJson["relations"][number] & { modality?: string };
const cooperations = seeds.flatMap(s => s.seed.relations as Fact[]).filter(r => r.type === "COOPERATES_WITH");
const actual = cooperations.find(r => (r.modality ?? "ACTUAL") === "ACTUAL")!;
const planned = cooperations.find(r => r.modality === "PLANNED")!;
const articleText = new Map(
  seeds.map(s => [s.seed.source.id, fs.readFileSync(path.join(articlesDir, s.seed.source.file!), "utf8")]),
);

interface Step {
  from: { id: string };
  to: { id: string };
  type: string | null;
  relationId: string | null;
  modality: string;
  tie: { kinds: string[]; weight: number; modality: string; strands: { kind: string; modality: string }[] } | null;
  evidence: { quote: string; source: { id: string } }[];
}
interface PathAnswer {
  network: { kind: string; partnership: { modalities: string[]; level: string } | null; facts: unknown };
  paths: { length: number; cost: number; nodes: { id: string }[]; steps: Step[] }[];
  truncated: boolean;
}

const PATHS = `query($from: String!, $to: String!, $mode: PathMode, $network: NetworkKind, $partnership: NetworkQuestionInput,
  $via: [RelationType!], $maxHops: Int) {
  partnershipPaths(from: $from, to: $to, mode: $mode, network: $network, partnership: $partnership, via: $via, maxHops: $maxHops) {
    network { kind partnership { level modalities } facts { relationTypes entityKinds modalities } }
    truncated
    paths { length cost nodes { id }
      steps { from { id } to { id } type relationId modality evidence { quote source { id } }
        tie { kinds weight modality strands { kind modality } } } } } }`;

async function paths(vars: Record<string, unknown>): Promise<PathAnswer> {
  const res = await service.gql<{ partnershipPaths: PathAnswer }>(PATHS, vars);
  expect(res.errors).toBeUndefined();
  return res.data!.partnershipPaths;
}

async function failure(query: string, vars: Record<string, unknown>) {
  const res = await service.gql(query, vars);
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!.extensions;
}

describe("partnershipPaths on its two networks", () => {
  it("should run on the partnership network by default: one step, a COOPERATION tie with its quotes", async () => {
    const answer = await paths({ from: actual.from, to: actual.to });
    expect(answer.network).toMatchObject({ kind: "PARTNERSHIP", facts: null });
    expect(answer.network.partnership).toMatchObject({ level: "ENTITY", modalities: ["ACTUAL"] });
    const [p] = answer.paths;
    expect(p!.length).toBe(1);
    const step = p!.steps[0]!;
    expect([step.from.id, step.to.id]).toEqual([actual.from, actual.to]);
    expect(step.type).toBeNull();
    expect(step.relationId).toBeNull();
    expect(step.tie!.kinds).toContain("COOPERATION");
    // The documented weight: a COOPERATION strand alone weighs 3.
    expect(step.tie!.weight).toBeGreaterThanOrEqual(3);
    expect(step.modality).toBe("ACTUAL");
    expect(step.tie!.modality).toBe("ACTUAL");
    const quotes = step.evidence.map(e => e.quote);
    expect(quotes).toEqual(expect.arrayContaining(actual.evidence.map(e => e.quote)));
    for (const e of step.evidence) expect(articleText.get(e.source.id)).toContain(e.quote);
  });

  it("should count a planned cooperation only when the question admits PLANNED facts", async () => {
    const byDefault = await paths({ from: planned.from, to: planned.to });
    for (const p of byDefault.paths) {
      for (const s of p.steps) expect(s.tie!.strands.every(st => st.modality === "ACTUAL")).toBe(true);
    }
    const withPlans = await paths({
      from: planned.from,
      to: planned.to,
      partnership: { modalities: ["ACTUAL", "PLANNED"] },
    });
    expect(withPlans.network.partnership!.modalities).toEqual(["ACTUAL", "PLANNED"]);
    const step = withPlans.paths[0]!.steps[0]!;
    expect(withPlans.paths[0]!.length).toBe(1);
    expect(step.tie!.strands).toContainEqual({ kind: "COOPERATION", modality: "PLANNED" });
  });

  it("should keep the fact paths with network: FACTS, each step one stored relationship", async () => {
    const answer = await paths({ from: actual.from, to: actual.to, network: "FACTS" });
    expect(answer.network).toEqual({
      kind: "FACTS",
      partnership: null,
      facts: { relationTypes: [], entityKinds: [], modalities: ["ACTUAL", "PLANNED", "ASPIRATION"] },
    });
    const step = answer.paths[0]!.steps[0]!;
    expect(answer.paths[0]!.length).toBe(1);
    expect(step).toMatchObject({ type: "COOPERATES_WITH", tie: null, modality: "ACTUAL" });
    expect(step.relationId).toEqual(expect.any(String));
  });

  it("should cost a STRONGEST path the sum of 1/weight over its ties", async () => {
    const partnership = { modalities: ["ACTUAL", "PLANNED"] };
    const answer = await paths({ from: planned.from, to: planned.to, mode: "STRONGEST", maxHops: 8, partnership });
    expect(answer.paths).toHaveLength(1);
    for (const p of answer.paths) {
      expect(p.cost).toBeCloseTo(
        p.steps.reduce((sum, s) => sum + 1 / s.tie!.weight, 0),
        9,
      );
    }
  });

  it.each([
    ["mode", { mode: "STRONGEST", network: "FACTS" }],
    ["via", { via: ["LOCATED_IN"] }],
    ["partnership", { network: "FACTS", partnership: { level: "CITY" } }],
  ])("should refuse %s where it does not apply, naming the field", async (field, extra) => {
    const ext = await failure(PATHS, { from: actual.from, to: actual.to, ...extra });
    expect(ext).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});

const RANKINGS = `query($algorithm: CentralityAlgorithm!, $measure: PartnershipMeasure!, $partnership: NetworkQuestionInput) {
  old: partnershipCentrality(measure: $measure, network: $partnership, first: 500) {
    network { level tieKinds modalities from to weighted hubLimit } scores { score rank entity { id } } }
  unified: centrality(algorithm: $algorithm, network: PARTNERSHIP, partnership: $partnership, first: 500) {
    network { kind partnership { level tieKinds modalities from to weighted hubLimit } } scores { score rank entity { id } } }
  byDefault: centrality(algorithm: $algorithm, partnership: $partnership, first: 500) { scores { score entity { id } } } }`;

describe("centrality and communities on the partnership network", () => {
  it.each([
    ["DEGREE", { level: "CITY" }],
    ["STRENGTH", { level: "CITY", modalities: ["ACTUAL", "PLANNED"] }],
    ["BETWEENNESS", null],
    ["PAGERANK", { level: "CITY" }],
    ["CONSTRAINT", null],
  ])("should rank %s exactly as partnershipCentrality does, on %j", async (measure, partnership) => {
    type R = { network: Record<string, unknown>; scores: { score: number; entity: { id: string } }[] };
    const res = await service.gql<{ old: R; unified: R; byDefault: R }>(RANKINGS, {
      algorithm: measure,
      measure,
      partnership,
    });
    expect(res.errors).toBeUndefined();
    const { old, unified, byDefault } = res.data!;
    expect(old.scores.length).toBeGreaterThan(1);
    expect(unified.scores).toEqual(old.scores);
    expect(byDefault.scores).toEqual(old.scores.map(s => ({ score: s.score, entity: s.entity })));
    expect(unified.network).toEqual({ kind: "PARTNERSHIP", partnership: old.network });
  });

  it("should find the communities partnershipCommunities finds, with their modularity and collapse flag", async () => {
    const res = await service.gql<{
      old: { communities: { id: string }[][]; modularity: number; collapsed: boolean };
      unified: {
        network: { kind: string; partnership: { level: string } };
        communities: { id: number; size: number; members: { id: string }[] }[];
        modularity: number;
        collapsed: boolean;
      };
    }>(`{ old: partnershipCommunities(algorithm: LOUVAIN, network: { level: CITY }) { communities { id } modularity collapsed }
      unified: communities(algorithm: LOUVAIN, partnership: { level: CITY }) {
        network { kind partnership { level } } communities { id size members { id } } modularity collapsed } }`);
    expect(res.errors).toBeUndefined();
    const { old, unified } = res.data!;
    expect(old.communities.length).toBeGreaterThan(0);
    expect(unified.network).toEqual({ kind: "PARTNERSHIP", partnership: { level: "CITY" } });
    expect(unified.communities.map(c => c.members.map(m => m.id))).toEqual(old.communities.map(c => c.map(m => m.id)));
    expect(unified.communities.map(c => c.size)).toEqual(old.communities.map(c => c.length));
    expect(unified.modularity).toBe(old.modularity);
    expect(unified.collapsed).toBe(old.collapsed);
  });

  it("should echo the fact scope it ran on with network: FACTS", async () => {
    const res = await service.gql<{
      centrality: { network: { kind: string; facts: Record<string, unknown> }; scores: { entity: { kind: string } }[] };
    }>(`{ centrality(algorithm: DEGREE, network: FACTS, scope: { kinds: [City] }, first: 3) {
      network { kind facts { entityKinds relationTypes modalities corridor sources idCount dateFrom dateTo } }
      scores { entity { kind } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.centrality.network).toEqual({
      kind: "FACTS",
      facts: {
        entityKinds: ["City"],
        relationTypes: [],
        modalities: ["ACTUAL"],
        corridor: null,
        sources: [],
        idCount: null,
        dateFrom: null,
        dateTo: null,
      },
    });
    expect(res.data!.centrality.scores).toHaveLength(3);
    expect(res.data!.centrality.scores.every(s => s.entity.kind === "City")).toBe(true);
  });

  it.each([
    ["scope", `{ centrality(algorithm: DEGREE, scope: { kinds: [City] }) { scores { score } } }`],
    ["algorithm", `{ centrality(algorithm: HARMONIC) { scores { score } } }`],
    ["algorithm", `{ centrality(algorithm: STRENGTH, network: FACTS) { scores { score } } }`],
    ["rankKinds", `{ centrality(algorithm: DEGREE, rankKinds: [City]) { scores { score } } }`],
    ["partnership", `{ communities(algorithm: WCC, network: FACTS, partnership: { level: CITY }) { collapsed } }`],
  ])("should refuse %s where it does not apply, naming the field", async (field, query) => {
    expect(await failure(query, {})).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});
