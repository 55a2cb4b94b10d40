import fs from "node:fs";
import path from "node:path";
import { projection } from "../../src/entity/projection";
import { PathMode } from "../../src/paths/path-mode";
import { startTestService, type TestService } from "../support/harness";
import { articlesDir, seedFiles, type SeedJson } from "../support/seed-fixtures";

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

interface Step {
  from: { id: string; name: string };
  to: { id: string; name: string };
  type: string;
  direction: "OUT" | "IN";
  relationId: string;
  sentence: string;
  evidence: { quote: string; source: { id: string; file: string | null } }[];
}
interface Path {
  length: number;
  nodes: { id: string; kind: string }[];
  steps: Step[];
}

const PATHS = `query($from: String!, $to: String!, $maxHops: Int, $mode: PathMode, $k: Int, $via: [RelationType!], $through: [EntityKind!]) {
  partnershipPaths(network: FACTS, from: $from, to: $to, maxHops: $maxHops, mode: $mode, k: $k, via: $via, through: $through) {
    paths {
      length
      nodes { id kind }
      steps { from { id name } to { id name } type direction relationId sentence evidence { quote source { id file } } }
    }
  }
}`;

async function paths(vars: Record<string, unknown>): Promise<Path[]> {
  const res = await service.gql<{ partnershipPaths: { paths: Path[] } }>(PATHS, vars);
  expect(res.errors).toBeUndefined();
  return res.data!.partnershipPaths.paths;
}

async function failure(vars: Record<string, unknown>) {
  const res = await service.gql(PATHS, vars);
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!;
}

// The seed files, read independently of the service, as an undirected multigraph.
const seeds = seedFiles();
const kindOf = new Map(seeds.flatMap(s => s.seed.entities.map(e => [e.id, e.kind] as const)));
/** Seed format 2 states how each fact is known; absent values read as ACTUAL and STATED. */
type Fact = SeedJson["relations"][number] & { modality?: string; evidenceKind?: string };
const relations: Fact[] = [
  ...new Map(seeds.flatMap(s => s.seed.relations.map(r => [`${r.type}|${r.from}|${r.to}`, r] as const))).values(),
];
const articleText = new Map(
  seeds.map(s => [s.seed.source.id, fs.readFileSync(path.join(articlesDir, s.seed.source.file!), "utf8")]),
);

/** Breadth-first search: the shortest distance and how many shortest paths (parallel relationships count apart). */
function shortest(
  from: string,
  to: string,
  via: string[] = [],
  through: string[] = [],
): { distance: number; count: number } {
  const dist = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length && !dist.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const r of relations) {
        if (via.length && !via.includes(r.type)) continue;
        const other = r.from === node ? r.to : r.to === node ? r.from : null;
        if (!other) continue;
        if (through.length && other !== to && !through.includes(kindOf.get(other)!)) continue;
        if (!dist.has(other)) {
          dist.set(other, dist.get(node)! + 1);
          next.push(other);
        }
        if (dist.get(other) === dist.get(node)! + 1) count.set(other, (count.get(other) ?? 0) + count.get(node)!);
      }
    }
    frontier = next;
  }
  return { distance: dist.get(to) ?? Infinity, count: count.get(to) ?? 0 };
}

/** What a reader checks: the chain is unbroken, runs between the asked ends, and each step is true to the seeds. */
function expectWellFormed(p: Path, from: string, to: string): void {
  expect(p.length).toBe(p.steps.length);
  expect(p.nodes).toHaveLength(p.length + 1);
  expect(p.nodes[0]!.id).toBe(from);
  expect(p.nodes.at(-1)!.id).toBe(to);
  p.steps.forEach((s, i) => {
    expect(s.from.id).toBe(p.nodes[i]!.id);
    expect(s.to.id).toBe(p.nodes[i + 1]!.id);
    if (i > 0) expect(s.from.id).toBe(p.steps[i - 1]!.to.id);
    const [start, end] = s.direction === "OUT" ? [s.from.id, s.to.id] : [s.to.id, s.from.id];
    const fact = relations.find(r => r.type === s.type && r.from === start && r.to === end);
    expect(fact).toBeDefined();
    expect(s.sentence).toContain(s.from.name);
    expect(s.sentence).toContain(s.to.name);
    // A sentence to read, not the type's id.
    expect(s.sentence).not.toContain(s.type);
    expect(s.sentence.replace(s.from.name, "").replace(s.to.name, "")).not.toMatch(/[—←→]/);
    // A BACKGROUND fact is known without an article sentence stating it, so it has no quote to show.
    if (fact?.evidenceKind === "BACKGROUND") expect(s.evidence).toEqual([]);
    else expect(s.evidence.length).toBeGreaterThan(0);
    for (const e of s.evidence) {
      expect(e.quote.length).toBeGreaterThan(0);
      expect(articleText.get(e.source.id)).toContain(e.quote);
    }
  });
}

const signature = (p: Path) => p.steps.map(s => s.relationId).join(">");

// These test the fact network, so they ask for it: partnershipPaths runs on partnership ties by default.
describe("partnershipPaths(network: FACTS)", () => {
  it("should find a shortest path between two cities named in Chinese, as long as the seed graph says", async () => {
    const expected = shortest("city-yangzhou", "city-suzhou-anhui");
    const found = await paths({ from: "扬州", to: "宿州", maxHops: 8 });
    expect(found).toHaveLength(1);
    expect(found[0]!.length).toBe(expected.distance);
    expectWellFormed(found[0]!, "city-yangzhou", "city-suzhou-anhui");
  });

  it("should accept ids, pinyin and Traditional names for the ends", async () => {
    const expected = shortest("city-xuzhou", "city-shanghai").distance;
    for (const [from, to] of [
      ["city-xuzhou", "city-shanghai"],
      ["xuzhou", "上海"],
      ["徐州", "shanghai"],
    ]) {
      const [p] = await paths({ from, to });
      expect(p!.length).toBe(expected);
      expectWellFormed(p!, "city-xuzhou", "city-shanghai");
    }
    const [traditional] = await paths({ from: "揚州", to: "徐州" });
    expect(traditional!.length).toBe(shortest("city-yangzhou", "city-xuzhou").distance);
    expectWellFormed(traditional!, "city-yangzhou", "city-xuzhou");
  });

  it("should report each step's stored direction and read it as a sentence from the relationship's start", async () => {
    // 上海 is the end of 徐州 COOPERATES_WITH 上海, so walking from 上海 the step points back; the sentence
    // still reads from 徐州, the start, whichever way the path walks, worded as the fact's modality says.
    const cooperation = relations.find(
      r => r.type === "COOPERATES_WITH" && r.from === "city-xuzhou" && r.to === "city-shanghai",
    );
    const adverbs: Record<string, string> = { ACTUAL: "", PLANNED: "将", ASPIRATION: "力争" };
    const adverb = adverbs[cooperation!.modality ?? "ACTUAL"];
    expect(adverb).toBeDefined();
    const sentence = `徐州${adverb}与上海合作`;
    const [p] = await paths({ from: "city-shanghai", to: "city-xuzhou" });
    expect(p!.steps).toHaveLength(1);
    expect(p!.steps[0]).toMatchObject({ type: "COOPERATES_WITH", direction: "IN", sentence });
    const [back] = await paths({ from: "city-xuzhou", to: "city-shanghai" });
    expect(back!.steps[0]).toMatchObject({ direction: "OUT", sentence });
  });

  it("should read 扬州 → 常州 as sentences in Simplified, Traditional Chinese and English", async () => {
    const q = `{ partnershipPaths(network: FACTS, from: "city-yangzhou", to: "city-changzhou", maxHops: 6) { paths {
      steps { type direction label(lang: EN) hans: sentence traditional: sentence(lang: ZH_HANT) english: sentence(lang: EN)
        from { name nameHant nameEn } to { name nameHant nameEn } } } } }`;
    type S = {
      type: string;
      direction: string;
      label: string;
      hans: string;
      traditional: string;
      english: string;
      from: Names;
      to: Names;
    };
    type Names = { name: string; nameHant: string | null; nameEn: string | null };
    const res = await service.gql<{ partnershipPaths: { paths: { steps: S[] }[] } }>(q);
    expect(res.errors).toBeUndefined();
    const steps = res.data!.partnershipPaths.paths[0]!.steps;
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) {
      const [start, end] = s.direction === "OUT" ? [s.from, s.to] : [s.to, s.from];
      expect(s.hans.indexOf(start.name)).toBe(0);
      expect(s.hans).toContain(end.name);
      expect(s.traditional.indexOf(start.nameHant ?? start.name)).toBe(0);
      // English names where the seeds give them; the sentence is English words around them.
      expect(s.english.indexOf(start.nameEn!)).toBe(0);
      expect(s.english).toContain(end.nameEn!);
      expect(s.english.replace(start.nameEn!, "").replace(end.nameEn!, "")).toMatch(/^[ a-z]+$/);
      expect(s.label).toMatch(/^[ a-z]+$/);
    }
  });

  it("should return nothing when the ends are further apart than maxHops (default 4)", async () => {
    expect(shortest("city-yangzhou", "city-suzhou-anhui").distance).toBeGreaterThan(4);
    expect(await paths({ from: "city-yangzhou", to: "city-suzhou-anhui" })).toEqual([]);
  });

  it("should return every shortest path with ALL_SHORTEST, all distinct and of the shortest length", async () => {
    const expected = shortest("city-yangzhou", "city-suzhou-anhui");
    expect(expected.count).toBeGreaterThan(1);
    const found = await paths({ from: "city-yangzhou", to: "city-suzhou-anhui", maxHops: 8, mode: "ALL_SHORTEST" });
    expect(found).toHaveLength(expected.count);
    expect(new Set(found.map(signature)).size).toBe(found.length);
    for (const p of found) {
      expect(p.length).toBe(expected.distance);
      expectWellFormed(p, "city-yangzhou", "city-suzhou-anhui");
    }
  });

  it("should return the k shortest simple paths with K_SHORTEST, shortest first", async () => {
    const found = await paths({ from: "city-xuzhou", to: "city-shanghai", mode: "K_SHORTEST", k: 5 });
    expect(found).toHaveLength(5);
    expect(found[0]!.length).toBe(shortest("city-xuzhou", "city-shanghai").distance);
    const lengths = found.map(p => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(new Set(found.map(signature)).size).toBe(5);
    for (const p of found) {
      expectWellFormed(p, "city-xuzhou", "city-shanghai");
      expect(new Set(p.nodes.map(n => n.id)).size).toBe(p.nodes.length);
    }
  });

  it("should default K_SHORTEST to three paths, when k is left out or null", async () => {
    expect(await paths({ from: "city-xuzhou", to: "city-shanghai", mode: "K_SHORTEST" })).toHaveLength(3);
    expect(
      await paths({ from: "city-xuzhou", to: "city-shanghai", mode: "K_SHORTEST", k: null, maxHops: null }),
    ).toHaveLength(3);
  });

  it("should use only the relationship types given in via", async () => {
    const via = ["LOCATED_IN", "MEMBER_OF"];
    const expected = shortest("city-yangzhou", "city-suzhou-anhui", via);
    expect(expected.distance).toBeLessThan(Infinity);
    const found = await paths({
      from: "city-yangzhou",
      to: "city-suzhou-anhui",
      maxHops: 8,
      mode: "ALL_SHORTEST",
      via,
    });
    expect(found).toHaveLength(expected.count);
    for (const p of found) {
      expect(p.length).toBe(expected.distance);
      expect(p.steps.every(s => via.includes(s.type))).toBe(true);
      expectWellFormed(p, "city-yangzhou", "city-suzhou-anhui");
    }
  });

  it("should pass only through the kinds given in through, whatever the ends are", async () => {
    // 徐州 and 扬州 share an industry two steps apart; over geography alone the way is longer.
    const through = ["City", "Province", "Corridor"];
    const expected = shortest("city-xuzhou", "city-yangzhou", [], through);
    expect(expected.distance).toBeGreaterThan(shortest("city-xuzhou", "city-yangzhou").distance);
    expect(expected.distance).toBeLessThanOrEqual(8);
    const found = await paths({ from: "徐州", to: "扬州", maxHops: 8, mode: "ALL_SHORTEST", through });
    expect(found).toHaveLength(expected.count);
    for (const p of found) {
      expect(p.length).toBe(expected.distance);
      expect(p.nodes.slice(1, -1).every(n => through.includes(n.kind))).toBe(true);
      expectWellFormed(p, "city-xuzhou", "city-yangzhou");
    }
  });

  it("should refuse maxHops above 8 and k above 10 with LIMIT_EXCEEDED", async () => {
    const hops = await failure({ from: "city-xuzhou", to: "city-shanghai", maxHops: 9 });
    expect(hops.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", field: "maxHops", max: 8, got: 9 });
    const k = await failure({ from: "city-xuzhou", to: "city-shanghai", mode: "K_SHORTEST", k: 11 });
    expect(k.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", field: "k", max: 10 });
  });

  it("should refuse maxHops below 1 as bad input", async () => {
    expect((await failure({ from: "city-xuzhou", to: "city-shanghai", maxHops: 0 })).extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("should list the candidates when a name is ambiguous", async () => {
    const err = await failure({ from: "suzhou", to: "city-shanghai" });
    expect(err.extensions?.code).toBe("AMBIGUOUS");
    const candidates = (err.extensions?.candidates as { id: string }[]).map(c => c.id);
    expect(candidates).toEqual(expect.arrayContaining(["city-suzhou-jiangsu", "city-suzhou-anhui"]));
  });

  it("should answer NOT_FOUND for an end that names nothing", async () => {
    const err = await failure({ from: "city-xuzhou", to: "亚特兰蒂斯" });
    expect(err.extensions?.code).toBe("NOT_FOUND");
  });

  it("should refuse a path from an entity to itself, however it is named", async () => {
    const err = await failure({ from: "徐州", to: "city-xuzhou" });
    expect(err.extensions?.code).toBe("BAD_USER_INPUT");
    const same = await failure({ from: "city-xuzhou", to: "city-xuzhou" });
    expect(same.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

// A path reads what its selection shows (path-selection.ts): the answers must not depend on what else is asked.
describe("partnershipPaths(network: FACTS) by selection", () => {
  const ask = (selection: string) =>
    service.data<{ partnershipPaths: { paths: Record<string, unknown>[] } }>(
      `{ partnershipPaths(network: FACTS, from: "city-xuzhou", to: "city-shanghai", mode: K_SHORTEST, k: 5) { paths { ${selection} } } }`,
    );
  const WIDE = `length nodes { id name kind nameEn aliases evidence { quote } }
    steps { relationId type direction modality evidenceKind dateResolved sentence(lang: EN) evidence { quote source { id } }
      from { id nameHant } to { id nameHant } }`;

  it("should give a narrow selection the same paths, and each field asked alone the value it has beside the others", async () => {
    const wide = (await ask(WIDE)).partnershipPaths.paths as unknown as {
      nodes: {
        id: string;
        name: string;
        kind: string;
        nameEn: string | null;
        aliases: string[];
        evidence: unknown[];
      }[];
      steps: Record<string, unknown>[];
    }[];
    expect(wide).toHaveLength(5);
    const narrow = (await ask("nodes { id name kind } steps { relationId type direction }")).partnershipPaths.paths;
    expect(narrow).toEqual(
      wide.map(p => ({
        nodes: p.nodes.map(n => ({ id: n.id, name: n.name, kind: n.kind })),
        steps: p.steps.map(s => ({ relationId: s.relationId, type: s.type, direction: s.direction })),
      })),
    );
    // Alone, without the names it reads (nameEn, pinyin) or the quotes' sources beside it.
    for (const field of ["sentence(lang: EN)", "evidence { quote source { id } }", "from { id nameHant }"]) {
      const name = field.split(/[({ ]/)[0]!;
      const alone = (await ask(`steps { ${field} }`)).partnershipPaths.paths;
      expect(alone).toEqual(wide.map(p => ({ steps: p.steps.map(s => ({ [name]: s[name] })) })));
    }
    // An entity's lists are read by its id when asked for, stored fields in the path's own read.
    const nodes = (await ask("nodes { evidence { quote } aliases nameEn }")).partnershipPaths.paths;
    expect(nodes).toEqual(
      wide.map(p => ({ nodes: p.nodes.map(n => ({ evidence: n.evidence, aliases: n.aliases, nameEn: n.nameEn })) })),
    );
    const quoted = wide.flatMap(p => [...p.nodes.map(n => n.evidence), ...p.steps.map(s => s.evidence as unknown[])]);
    expect(quoted.every(list => list.length > 0)).toBe(true);
    expect(wide.flatMap(p => p.nodes).some(n => n.nameEn)).toBe(true);
  });

  it("should read no quote or source of a step whose evidence is not shown", async () => {
    const q = { from: "city-xuzhou", to: "city-shanghai", mode: PathMode.K_SHORTEST, k: 5 };
    const narrow = await service.app.services.paths.find(q, {
      entity: projection(["id", "kind", "name"]),
      stepEvidence: false,
    });
    const whole = await service.app.services.paths.find(q);
    expect(narrow.paths.map(p => p.steps.map(s => s.relationId))).toEqual(
      whole.paths.map(p => p.steps.map(s => s.relationId)),
    );
    const narrowSteps = narrow.paths.flatMap(p => p.steps);
    expect(narrowSteps.every(s => s.evidence.length === 0 && s.sources === null)).toBe(true);
    expect(whole.paths.flatMap(p => p.steps).every(s => s.evidence.length > 0 && s.sources!.length > 0)).toBe(true);
    expect(
      narrow.paths
        .flatMap(p => p.nodes)
        .every(n => Object.keys(n).sort().join() === "attributes,evidence,id,kind,name,sources"),
    ).toBe(true);
  });
});
