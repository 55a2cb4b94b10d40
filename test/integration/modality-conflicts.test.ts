import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLogger } from "../../src/logger";
import type { Database } from "../../src/neo4j/database";
import { loadSeedFiles } from "../../src/seed/seed-files";
import { startTestService, type TestService } from "../support/harness";
import { articlesDir } from "../support/seed-fixtures";

// Two sources state the same relation and the same agreement, one as done, one as a next step. Expectations come
// from the seed records written here, ranked by this file's own reading of the rule: done is done.
const RANK = ["ACTUAL", "PLANNED", "ASPIRATION"];
const mostActual = (given: string[]) => RANK.find(m => given.includes(m));

// Every id contains the tag, so clean-up cannot touch the seed graph.
const tag = `zzq${Date.now().toString(36)}`;
const A = `ent-${tag}-a`;
const B = `ent-${tag}-b`;
const DEAL = `agreement-${tag}-deal`;

interface Fixture {
  source: string;
  text: string;
  modality: string;
  quotes: { a: string; b: string; deal: string; cooperation: string };
}

const fixture = (name: string, modality: string, verb: string): Fixture => {
  const quotes = {
    a: `${A}是一家企业`,
    b: `${B}是一家企业`,
    deal: `两家企业${verb}合作协议`,
    cooperation: `两家企业${verb}合作`,
  };
  return { source: `src-${tag}-${name}`, text: `${Object.values(quotes).join("。\n")}。\n`, modality, quotes };
};

const SIGNED = fixture("signed", "ACTUAL", "签署了");
const PLANNED = fixture("planned", "PLANNED", "将签署");

function seedRecord(f: Fixture, modality = f.modality) {
  return {
    formatVersion: 2,
    source: {
      id: f.source,
      file: `${f.source}.txt`,
      title: `测试 ${f.source}`,
      publishedOn: "2024-05-01",
      script: "Hans",
    },
    entities: [
      { id: A, kind: "Enterprise", name: `甲${tag}`, evidence: [{ quote: f.quotes.a }] },
      { id: B, kind: "Enterprise", name: `乙${tag}`, evidence: [{ quote: f.quotes.b }] },
      { id: DEAL, kind: "Agreement", name: `协议${tag}`, modality, evidence: [{ quote: f.quotes.deal }] },
    ],
    relations: [
      { type: "COOPERATES_WITH", from: A, to: B, modality, evidence: [{ quote: f.quotes.cooperation }] },
      { type: "PARTY_TO", from: A, to: DEAL, evidence: [{ quote: f.quotes.deal }] },
    ],
  };
}

let service: TestService;
let db: Database;
let work: string;
const log = createLogger("silent");

/** Writes the sources' seed files (their texts in sources/ beside them) and loads them, one `npm run seed` each. */
async function load(...files: { fixture: Fixture; modality?: string }[]) {
  for (const { fixture: f, modality } of files) {
    const dir = fs.mkdtempSync(path.join(work, "seed-"));
    fs.mkdirSync(path.join(dir, "sources"));
    fs.writeFileSync(path.join(dir, "sources", `${f.source}.txt`), f.text);
    const file = path.join(dir, `900-${f.source}.json`);
    fs.writeFileSync(file, JSON.stringify(seedRecord(f, modality)));
    await loadSeedFiles(db, [file], articlesDir, log);
  }
}

const clean = () => db.write("test/delete-tagged-writes", { tag });

beforeAll(async () => {
  service = await startTestService();
  db = service.app.db;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-modality-"));
});

afterAll(async () => {
  await clean();
  await service.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

interface Quoted {
  quote: string;
  modality: string | null;
  source: { id: string };
}
interface Seen {
  relation: { modality: string; evidence: Quoted[] };
  deal: { modality: string; evidence: Quoted[] };
}

const FACTS = `query($a: ID!, $deal: ID!) {
  entity(id: $a) {
    relations(types: [COOPERATES_WITH], direction: OUT, modalities: [ACTUAL, PLANNED, ASPIRATION]) {
      modality evidence { quote modality source { id } }
    }
  }
  deal: entity(id: $deal) { ... on Agreement { modality evidence { quote modality source { id } } } }
}`;

async function seen(): Promise<Seen> {
  const got = await service.data<{
    entity: { relations: Seen["relation"][] };
    deal: Seen["deal"];
  }>(FACTS, { a: A, deal: DEAL });
  expect(got.entity.relations).toHaveLength(1);
  return { relation: got.entity.relations[0]!, deal: got.deal };
}

/** What each source says, quote by quote: the evidence a reader should see. */
const said = (given: [Fixture, string][], quote: keyof Fixture["quotes"]) =>
  given.map(([f, modality]) => ({ quote: f.quotes[quote], modality, source: { id: f.source } }));

const PARTNERS = `query($id: String!, $m: [Modality!]) {
  partners(id: $id, network: { modalities: $m }) { network { modalities } edges { partner { id } } }
}`;
const partnerIds = async (modalities?: string[]) =>
  (
    await service.data<{ partners: { edges: { partner: { id: string } }[] } }>(PARTNERS, { id: A, m: modalities })
  ).partners.edges.map(e => e.partner.id);

describe("a fact two sources state with different modalities", () => {
  beforeEach(clean);

  it.each([
    ["the signed source first", [SIGNED, PLANNED]],
    ["the planned source first", [PLANNED, SIGNED]],
  ])(
    "should be as actual as its most actual source, %s, each quote showing its own source's word",
    async (_, order) => {
      await load(...order.map(fixture => ({ fixture })));
      const given: [Fixture, string][] = order.map(f => [f, f.modality]);
      const want = mostActual(given.map(([, m]) => m));
      expect(want).toBe("ACTUAL");
      const { relation, deal } = await seen();
      expect(relation.modality).toBe(want);
      expect(relation.evidence).toEqual(expect.arrayContaining(said(given, "cooperation")));
      expect(relation.evidence).toHaveLength(given.length);
      expect(deal.modality).toBe(want);
      expect(deal.evidence).toEqual(expect.arrayContaining(said(given, "deal")));
      expect(await partnerIds()).toContain(B);
    },
  );

  it("should become PLANNED when its ACTUAL source is reloaded as PLANNED, and leave the default partners", async () => {
    await load({ fixture: SIGNED }, { fixture: PLANNED });
    expect(await partnerIds()).toContain(B);

    const corrected = "PLANNED";
    await load({ fixture: SIGNED, modality: corrected });
    const given: [Fixture, string][] = [
      [SIGNED, corrected],
      [PLANNED, PLANNED.modality],
    ];
    const want = mostActual(given.map(([, m]) => m));
    expect(want).toBe("PLANNED");
    const { relation, deal } = await seen();
    // The reload replaced the signed source's word: still one quote per source, each with its source's latest.
    expect(relation).toEqual({ modality: want, evidence: expect.arrayContaining(said(given, "cooperation")) });
    expect(relation.evidence).toHaveLength(given.length);
    expect(deal).toEqual({ modality: want, evidence: expect.arrayContaining(said(given, "deal")) });
    expect(await partnerIds()).not.toContain(B);
    expect(await partnerIds([want!])).toContain(B);

    // And back: a second correction to ACTUAL makes it done again, and a partner again.
    await load({ fixture: SIGNED });
    expect((await seen()).relation.modality).toBe("ACTUAL");
    expect(await partnerIds()).toContain(B);
  });

  it("should keep the most actual word when an editor writes the relation again from the planned source", async () => {
    await load({ fixture: SIGNED }, { fixture: PLANNED });
    const relation = {
      type: "COOPERATES_WITH",
      from: A,
      to: B,
      modality: "ASPIRATION",
      evidence: [{ quote: PLANNED.quotes.cooperation }],
    };
    const written = await service.data<{ upsertRelation: { modality: string } }>(
      "mutation($src: ID!, $r: RelationInput!) { upsertRelation(sourceId: $src, relation: $r) { modality } }",
      { src: PLANNED.source, r: relation },
      { authorization: "Bearer test-editor-key" },
    );
    const given: [Fixture, string][] = [
      [SIGNED, SIGNED.modality],
      [PLANNED, relation.modality],
    ];
    const want = mostActual(given.map(([, m]) => m));
    expect(written.upsertRelation.modality).toBe(want);
    const { relation: shown } = await seen();
    expect(shown).toEqual({ modality: want, evidence: expect.arrayContaining(said(given, "cooperation")) });
    expect(shown.evidence).toHaveLength(given.length);
  });
});
