import { seedFilesIn } from "../../src/seed/seed-file";
import {
  refreshEveryTie,
  refreshTies,
  refreshTiesAfterLoad,
  refreshTiesInBatches,
} from "../../src/partnership/tie-store";
import { relationId } from "../../src/seed/seed-rows";
import { run } from "../../src/neo4j/database";
import { startTestService, type TestService } from "../support/harness";
import { testConfig } from "../support/test-env";
import fs from "node:fs";

interface SeedJson {
  source: { id: string; publishedOn?: string };
  entities: { id: string; kind: string; properties?: Record<string, string> }[];
  relations: { type: string; from: string; to: string; modality?: string; evidence: { quote: string }[] }[];
}

const seeds = seedFilesIn(testConfig().seedsDir).map(f => JSON.parse(fs.readFileSync(f, "utf8")) as SeedJson);

interface Partner {
  partner: { id: string };
  tie: {
    kinds: string[];
    modality: string;
    strands: {
      kind: string;
      via: string;
      modality: string;
      date: { date: string | null; basis: string | null };
      evidence: { quote: string }[];
    }[];
  };
}

const PARTNERS = `query ($id: String!, $network: NetworkQuestionInput) {
  partners(id: $id, network: $network, first: 100) {
    network { modalities tieKinds from to } totalCount
    edges { partner { id } tie { kinds modality strands { kind via modality date { date basis } evidence { quote } } } } } }`;

let service: TestService;

async function partners(id: string, network: Record<string, unknown> = {}): Promise<Partner[]> {
  const res = await service.gql<{ partners: { edges: Partner[] } }>(PARTNERS, { id, network });
  expect(res.errors).toBeUndefined();
  return res.data!.partners.edges;
}

const NETWORK = `query ($network: NetworkQuestionInput) { partnershipNetwork(network: $network) {
  ties { a { id } b { id } kinds modality weight first { date basis } last { date basis } } } }`;

/** Every stored tie of every kind and modality, in pair order. */
async function networkTies() {
  const network = {
    modalities: ["ACTUAL", "PLANNED", "ASPIRATION"],
    tieKinds: ["COOPERATION", "CO_ATTENDANCE", "CO_FOUNDER", "CO_HOST", "CO_MEMBER", "CO_PARTY"],
  };
  const res = await service.gql<{ partnershipNetwork: { ties: { a: { id: string }; b: { id: string } }[] } }>(NETWORK, {
    network,
  });
  expect(res.errors).toBeUndefined();
  const key = (t: { a: { id: string }; b: { id: string } }) => [t.a.id, t.b.id].sort().join(" ");
  return res
    .data!.partnershipNetwork.ties.map(t => ({ ...t, pair: key(t) }))
    .sort((x, y) => (x.pair < y.pair ? -1 : 1));
}

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

describe("partnership ties on the seed graph", () => {
  const cooperations = seeds.flatMap(s => s.relations.filter(r => r.type === "COOPERATES_WITH"));

  // An absent modality reads as ACTUAL; the default network counts ACTUAL facts only.
  const modalityOf = (r: SeedJson["relations"][number]) => r.modality ?? "ACTUAL";
  const actual = cooperations.filter(c => modalityOf(c) === "ACTUAL");

  it("should derive a COOPERATION tie, with its quote, for every cooperation the articles state", async () => {
    expect(actual.length).toBeGreaterThan(0);
    expect(actual.length).toBeLessThan(cooperations.length);
    for (const c of cooperations) {
      const network = modalityOf(c) === "ACTUAL" ? {} : { modalities: ["ACTUAL", modalityOf(c)] };
      const found = (await partners(c.from, network)).find(p => p.partner.id === c.to);
      expect([c.from, c.to, found?.tie.kinds]).toEqual([c.from, c.to, expect.arrayContaining(["COOPERATION"])]);
      const strands = found!.tie.strands.filter(s => s.kind === "COOPERATION");
      expect(strands.map(s => s.modality)).toContain(modalityOf(c));
      const quotes = strands.flatMap(s => s.evidence.map(e => e.quote));
      for (const e of c.evidence) expect(quotes).toContain(e.quote);
    }
  });

  it("should leave a cooperation stated as planned out of the default (ACTUAL) partners", async () => {
    const planned = cooperations.filter(c => modalityOf(c) !== "ACTUAL");
    expect(planned.length).toBeGreaterThan(0);
    for (const c of planned) {
      const found = (await partners(c.from)).find(p => p.partner.id === c.to);
      const viaPlanned = found?.tie.strands.some(s => s.kind === "COOPERATION" && s.modality !== "ACTUAL") ?? false;
      expect([c.from, c.to, viaPlanned]).toEqual([c.from, c.to, false]);
    }
  });

  it("should leave a signing's CO_PARTY tie out of the network of a window before it, and keep it from its date on", async () => {
    const signings = seeds.flatMap(s =>
      s.entities
        .filter(e => e.kind === "Agreement")
        .map(a => {
          const parties = s.relations.filter(r => r.type === "PARTY_TO" && r.to === a.id).map(r => r.from);
          const stated = a.properties?.date && /^\d{4}/.test(a.properties.date) ? a.properties.date : undefined;
          return { id: a.id, parties, year: Number((stated ?? s.source.publishedOn ?? "").slice(0, 4)) };
        })
        .filter(a => a.parties.length >= 2 && a.year > 0),
    );
    expect(signings.length).toBeGreaterThan(0);
    for (const a of signings) {
      const [x, y] = a.parties as [string, string];
      const via = (ps: Partner[]) =>
        ps.find(p => p.partner.id === y)?.tie.strands.some(s => s.kind === "CO_PARTY" && s.via === a.id) ?? false;
      expect(via(await partners(x, { asOf: String(a.year - 1) }))).toBe(false);
      expect(via(await partners(x, { asOf: String(a.year) }))).toBe(true);
      expect(via(await partners(x))).toBe(true);
    }
  });

  it("should drop a cooperation stated as planned from the default (ACTUAL) partners and show it as PLANNED when asked", async () => {
    // The pair that only a cooperation joins, so that planning it removes the whole tie by default.
    const c = actual.find(
      r => cooperations.filter(o => [o.from, o.to].sort().join() === [r.from, r.to].sort().join()).length === 1,
    )!;
    const id = relationId({ type: "COOPERATES_WITH" as never, from: c.from, to: c.to });
    const setModality = (modality: string | null) =>
      service.app.db.writeTx(async tx => {
        await run(tx, "test/set-relation-modality", { id, modality });
        await refreshTies(tx, [c.from, c.to]);
      });
    const cooperationVia = (ps: Partner[]) =>
      ps.find(p => p.partner.id === c.to)?.tie.strands.find(s => s.kind === "COOPERATION" && s.via === id);
    expect(cooperationVia(await partners(c.from))?.modality).toBe("ACTUAL");
    await setModality("PLANNED");
    try {
      expect(cooperationVia(await partners(c.from))).toBeUndefined();
      const asked = await partners(c.from, { modalities: ["ACTUAL", "PLANNED"] });
      expect(cooperationVia(asked)?.modality).toBe("PLANNED");
    } finally {
      await setModality(null);
    }
    expect(cooperationVia(await partners(c.from))?.modality).toBe("ACTUAL");
  });

  it("should leave the same ties when a load's refresh commits a few entities at a time as in one transaction", async () => {
    const everyEntity = seeds.flatMap(s => s.entities.map(e => e.id));
    const before = await networkTies();
    expect(before.length).toBeGreaterThan(100);
    const batches: number[] = [];
    await refreshTiesInBatches(service.app.db, everyEntity, done => batches.push(done), 17);
    expect(batches.length).toBeGreaterThan(5);
    expect(await networkTies()).toEqual(before);
  });

  it("should leave the same ties when a load that touched most entities recomputes every tie, each pair from its lower end", async () => {
    const before = await networkTies();
    expect(before.length).toBeGreaterThan(100);
    const everyEntity = new Set(seeds.flatMap(s => s.entities.map(e => e.id)));
    expect(await refreshTiesAfterLoad(service.app.db, everyEntity)).toBe(true);
    expect(await networkTies()).toEqual(before);
    const batches: number[] = [];
    await refreshEveryTie(service.app.db, done => batches.push(done), 17);
    expect(batches.length).toBeGreaterThan(5);
    expect(await networkTies()).toEqual(before);
    // A load of one source touches a few entities: only theirs are asked for.
    expect(await refreshTiesAfterLoad(service.app.db, new Set([[...everyEntity][0]!]))).toBe(false);
    expect(await networkTies()).toEqual(before);
  });
});
