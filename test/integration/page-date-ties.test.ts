import { plainToInstance } from "class-transformer";
import { validateSync } from "class-validator";
import { loadSeed } from "../../src/seed/seed-loader";
import { SeedFileInput } from "../../src/seed/seed.input";
import { startTestService, type TestService } from "../support/harness";

// A source's page date dates its undated facts (a tie's PUBLISHED fallback) and places its days without a year
// (FROM_PAGE_DATE). When the page date changes, by a reload or by addSource, the ties must follow at once.
const EDITOR = { authorization: "Bearer test-editor-key" };
// Every id this suite writes contains the tag, so clean-up cannot touch the seed graph.
const tag = `zzpd${Date.now().toString(36)}`;
const SOURCE = `src-${tag}`;
const A = `ent-${tag}-a`;
const B = `ent-${tag}-b`;
const C = `ent-${tag}-c`;
const DEAL = `agreement-${tag}-deal`;
const DAY = "--02-10";
const QUOTES = {
  [A]: `${A} 是一家企业`,
  [B]: `${B} 是一家企业`,
  [C]: `${C} 是一家企业`,
  [DEAL]: "双方于2月10日签署合作协议",
  cooperation: "甲企业与乙企业开展合作",
};
const TEXT = Object.values(QUOTES).join("。\n");

/** FORMAT.md's rule, stated independently: --MM-DD is the latest such day not after the page's date. */
function placed(day: string, page: string): string {
  const year = Number(page.slice(0, 4));
  return `${day.slice(2) <= page.slice(5) ? year : year - 1}${day.slice(1)}`;
}

/** The test source: A cooperates with B (undated), A and C are parties to DEAL (signed on a day without a year). */
function seed(publishedOn: string, only?: string[]): SeedFileInput {
  const enterprise = (id: string) => ({
    id,
    kind: "Enterprise",
    name: `测试${id.slice(-1)}`,
    evidence: [{ quote: QUOTES[id]! }],
  });
  const deal = {
    id: DEAL,
    kind: "Agreement",
    name: `测试协议${tag}`,
    date: DAY,
    dateBasis: "FROM_PAGE_DATE",
    evidence: [{ quote: QUOTES[DEAL] }],
  };
  const relations = [
    { type: "COOPERATES_WITH", from: A, to: B, evidence: [{ quote: QUOTES.cooperation }] },
    { type: "PARTY_TO", from: A, to: DEAL, evidence: [{ quote: QUOTES[DEAL] }] },
    { type: "PARTY_TO", from: C, to: DEAL, evidence: [{ quote: QUOTES[DEAL] }] },
  ];
  const entities = [enterprise(A), enterprise(B), enterprise(C), deal];
  const raw = {
    formatVersion: 2,
    source: { id: SOURCE, title: "页面日期测试", script: "Hans", publishedOn, text: TEXT },
    entities: only ? entities.filter(e => only.includes(e.id)) : entities,
    relations: only ? [] : relations,
  };
  const input = plainToInstance(SeedFileInput, raw);
  expect(validateSync(input, { forbidUnknownValues: false })).toEqual([]);
  return input;
}

interface TieDate {
  date: string | null;
  basis: string | null;
}
interface Tie {
  a: { id: string };
  b: { id: string };
  first: TieDate | null;
  last: TieDate | null;
}

const PARTNERS = `query ($id: String!) {
  partners(id: $id, first: 100) { edges { partner { id } tie { first { date basis } last { date basis } } } }
}`;
const NETWORK = `query ($network: NetworkQuestionInput) {
  partnershipNetwork(network: $network) { ties { a { id } b { id } first { date basis } last { date basis } } }
}`;
const DEAL_DATE = `query ($id: ID!) { entity(id: $id) { ... on Agreement { dateResolved dateBasis } } }`;
const ADD_SOURCE = "mutation($s: SourceInput!) { addSource(source: $s) { id publishedOn } }";

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.app.db.write("test/delete-tagged-writes", { tag });
  await service.stop();
});

/** A's ties as partners() shows them, by partner. */
async function tiesOfA(): Promise<Record<string, { first: TieDate | null; last: TieDate | null }>> {
  const { partners } = await service.data<{ partners: { edges: { partner: { id: string }; tie: Tie }[] } }>(PARTNERS, {
    id: A,
  });
  return Object.fromEntries(partners.edges.map(e => [e.partner.id, { first: e.tie.first, last: e.tie.last }]));
}

/** The pairs of the test source's network within a window, as "a b" sorted. */
async function pairsIn(from: string, to: string): Promise<string[]> {
  const { partnershipNetwork } = await service.data<{ partnershipNetwork: { ties: Tie[] } }>(NETWORK, {
    network: { sources: [SOURCE], from, to },
  });
  return partnershipNetwork.ties.map(t => [t.a.id, t.b.id].sort().join(" ")).sort();
}

/** What every read must show when the source's page is dated `page`. */
async function expectDatedBy(page: string): Promise<void> {
  const day = placed(DAY, page);
  const published = { date: page, basis: "PUBLISHED" };
  const fromPage = { date: day, basis: "FROM_PAGE_DATE" };
  expect(await tiesOfA()).toEqual({
    [B]: { first: published, last: published },
    [C]: { first: fromPage, last: fromPage },
  });
  const { entity } = await service.data<{ entity: { dateResolved: string; dateBasis: string } }>(DEAL_DATE, {
    id: DEAL,
  });
  expect(entity).toEqual({ dateResolved: day, dateBasis: "FROM_PAGE_DATE" });
  // The window filter follows: each tie is in the window of its own date and in no window before it.
  const ab = [A, B].sort().join(" ");
  const ac = [A, C].sort().join(" ");
  expect(await pairsIn(page, page)).toEqual([ab]);
  expect(await pairsIn(day, day)).toEqual([ac]);
  expect(await pairsIn("1990", String(Number(day.slice(0, 4)) - 1))).toEqual([]);
}

describe("partnership ties when a source's page date changes", () => {
  it("should date the ties of a loaded source by its page: undated facts at it, days without a year placed by it", async () => {
    await loadSeed(service.app.db, seed("2021-03-15"));
    await expectDatedBy("2021-03-15");
  });

  it("should move the ties when the source is reloaded with another page date", async () => {
    await loadSeed(service.app.db, seed("2023-01-20"));
    await expectDatedBy("2023-01-20");
  });

  it("should move the ties of facts the reloaded file no longer lists, which stay stored from that source", async () => {
    // Only B is in the file now: the cooperation, the agreement and its parties are stored facts of the source still.
    await loadSeed(service.app.db, seed("2024-06-30", [B]));
    await expectDatedBy("2024-06-30");
  });

  it("should move the ties when addSource gives the stored source another page date", async () => {
    const { addSource } = await service.data<{ addSource: { publishedOn: string } }>(
      ADD_SOURCE,
      { s: { id: SOURCE, title: "页面日期测试", script: "Hans", text: TEXT, publishedOn: "2025-08-01" } },
      EDITOR,
    );
    expect(addSource.publishedOn).toBe("2025-08-01");
    await expectDatedBy("2025-08-01");
  });

  it("should refuse a page date too coarse to place a day it placed, naming the field, and change nothing", async () => {
    const res = await service.gql<{ addSource: unknown }>(
      ADD_SOURCE,
      { s: { id: SOURCE, title: "页面日期测试", script: "Hans", text: TEXT, publishedOn: "2026" } },
      EDITOR,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "source.publishedOn" });
    await expectDatedBy("2025-08-01");
  });
});
