import fs from "node:fs";
import path from "node:path";
import type { FigureCandidate, RelationCandidate, EntityCandidate } from "../../explorer/src/review/api";
import { entityInput, relationInput } from "../../explorer/src/review/commit-input";
import type { Database } from "../../src/neo4j/database";
import { toNumber } from "../../src/neo4j/values";
import { startTestService, type GraphQLResponse, type TestService } from "../support/harness";

// A fact written through the mutations means what the writer said: planned stays planned, a day keeps the basis
// that placed it, a host keeps its role; bad meaning is refused with its field, and nothing is written.
const EDITOR = { authorization: "Bearer test-editor-key" };
// Every id this suite writes contains the tag, so clean-up cannot touch the seed graph.
const tag = `zzm${Date.now().toString(36)}`;
const SOURCE = `src-${tag}`;
const PUBLISHED = "2022-09-09";
const A = `ent-${tag}-a`;
const B = `ent-${tag}-b`;
const EVENT = `event-${tag}-e`;
const QUOTES = {
  [A]: `${A} 是一家企业`,
  [B]: `${B} 是一家企业`,
  [EVENT]: `${EVENT} 于9月7日举行`,
  planned: "双方将共同建设联合实验室",
  hosted: "活动由甲企业承办",
  hostedByA: "活动由乙企业主办",
};
const TEXT = Object.values(QUOTES).join("。\n");

const ADD_SOURCE = "mutation($s: SourceInput!) { addSource(source: $s) { id } }";
const UPSERT_ENTITY = "mutation($src: ID!, $e: EntityInput!) { upsertEntity(sourceId: $src, entity: $e) { id } }";
const MEANING = "type modality evidenceKind role roleText date dateResolved dateBasis datePrecision";
const UPSERT_RELATION = `mutation($src: ID!, $r: RelationInput!) {
  upsertRelation(sourceId: $src, relation: $r) { ${MEANING} from { id } to { id } }
}`;
const RELATIONS = `query($id: ID!) { entity(id: $id) { relations(direction: OUT) { ${MEANING} other { id } } } }`;
const PARTNERS = `query($id: String!, $m: [Modality!]) {
  partners(id: $id, network: { modalities: $m }) { network { modalities } edges { partner { id } tie { modality } } }
}`;

type Meaning = Record<string, string | null>;
interface Partners {
  partners: { network: { modalities: string[] }; edges: { partner: { id: string }; tie: { modality: string } }[] };
}

let service: TestService;
let db: Database;

beforeAll(async () => {
  service = await startTestService();
  db = service.app.db;
  await data(ADD_SOURCE, { s: { id: SOURCE, title: "测试来源", script: "Hans", text: TEXT, publishedOn: PUBLISHED } });
  for (const [id, kind] of [
    [A, "Enterprise"],
    [B, "Enterprise"],
    [EVENT, "Event"],
  ] as const) {
    await data(UPSERT_ENTITY, {
      src: SOURCE,
      e: { id, kind, name: `测试${id.slice(-1)}`, evidence: [{ quote: QUOTES[id] }] },
    });
  }
});

afterAll(async () => {
  await db.write("test/delete-tagged-writes", { tag });
  await service.stop();
});

async function data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await service.gql<T>(query, variables, EDITOR);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function graphSize() {
  const [row] = await db.read("test/graph-size");
  return { entities: toNumber(row!.entities), relations: toNumber(row!.relations), sources: toNumber(row!.sources) };
}

/** The relation as the start entity's relations list shows it. */
async function stored(from: string, type: string, to: string): Promise<Meaning | undefined> {
  const got = await data<{ entity: { relations: (Meaning & { other: { id: string } })[] } }>(RELATIONS, { id: from });
  return got.entity.relations.find(r => r.type === type && r.other.id === to);
}

describe("a fact's meaning through the write mutations", () => {
  it("should store a PLANNED relation as PLANNED, outside the default partnership network and inside a PLANNED one", async () => {
    const relation = {
      type: "COOPERATES_WITH",
      from: A,
      to: B,
      modality: "PLANNED",
      evidence: [{ quote: QUOTES.planned }],
    };
    const written = await data<{ upsertRelation: Meaning }>(UPSERT_RELATION, { src: SOURCE, r: relation });
    expect(written.upsertRelation).toMatchObject({ type: relation.type, modality: relation.modality });
    expect(await stored(A, relation.type, B)).toMatchObject({ modality: relation.modality, evidenceKind: "STATED" });

    const byDefault = await data<Partners>(PARTNERS, { id: A });
    expect(byDefault.partners.network.modalities).not.toContain(relation.modality);
    expect(byDefault.partners.edges.map(e => e.partner.id)).not.toContain(B);
    const planned = await data<Partners>(PARTNERS, { id: A, m: [relation.modality] });
    expect(planned.partners.edges).toContainEqual({ partner: { id: B }, tie: { modality: relation.modality } });
  });

  // An implied fact: the quote names the host only by context.
  const hostedByB = {
    type: "HOSTED",
    from: B,
    to: EVENT,
    role: "ORGANISER",
    roleText: "承办",
    date: "--09-07",
    dateBasis: "FROM_PAGE_DATE",
    evidenceKind: "IMPLIED",
    evidence: [{ quote: QUOTES.hosted }],
  };

  it("should store a host's role, the article's word and a day placed by the page's date", async () => {
    const relation = hostedByB;
    await data(UPSERT_RELATION, { src: SOURCE, r: relation });
    // The latest 7 September not after the page's date (9 September 2022) is in the page's year.
    const { evidence: _quotes, from: _from, to: _to, ...meaning } = relation;
    expect(await stored(B, relation.type, EVENT)).toMatchObject({
      ...meaning,
      modality: "ACTUAL",
      dateResolved: `${PUBLISHED.slice(0, 4)}${relation.date.slice(1)}`,
      datePrecision: "DAY",
    });
    // The same meaning reaches a path step and a drawn edge, the two ways a screen shows this fact.
    const {
      type: _type,
      role: _role,
      roleText: _roleText,
      other: _other,
      ...expected
    } = (await stored(B, relation.type, EVENT)) as Meaning & { other: unknown };
    const { partnershipPaths } = await data<{ partnershipPaths: { paths: { steps: Record<string, unknown>[] }[] } }>(
      `query($from: String!, $to: String!) { partnershipPaths(network: FACTS, from: $from, to: $to, maxHops: 1) {
        paths { steps { modality evidenceKind date dateResolved dateBasis datePrecision } } } }`,
      { from: B, to: EVENT },
    );
    expect(partnershipPaths.paths.map(p => p.steps)).toEqual([[expected]]);
    const { subgraph } = await data<{ subgraph: { edges: Record<string, unknown>[] } }>(
      `query($ids: [ID!]) { subgraph(scope: { ids: $ids }) {
        edges { modality evidenceKind date dateResolved dateBasis datePrecision } } }`,
      { ids: [B, EVENT] },
    );
    expect(subgraph.edges).toEqual([expected]);
  });

  it("should carry an implied fact's evidence kind into the partnership tie it makes, on a path and a partner", async () => {
    await data(UPSERT_RELATION, { src: SOURCE, r: hostedByB });
    const hostedByA = { type: "HOSTED", from: A, to: EVENT, evidence: [{ quote: QUOTES.hostedByA }] };
    await data(UPSERT_RELATION, { src: SOURCE, r: hostedByA });
    const facts = [await stored(B, "HOSTED", EVENT), await stored(A, "HOSTED", EVENT)];
    expect(facts.map(f => f?.evidenceKind)).toEqual(["IMPLIED", "STATED"]);

    // Co-hosts of one event: one CO_HOST strand through it, as weakly supported as its weaker fact.
    const TIE = "kinds evidenceKind strands { kind via evidenceKind }";
    const { partnershipPaths } = await data<{ partnershipPaths: { paths: { steps: { tie: unknown }[] }[] } }>(
      `query($from: String!, $to: String!) { partnershipPaths(from: $from, to: $to, maxHops: 1) {
        paths { steps { tie { ${TIE} } } } } }`,
      { from: A, to: B },
    );
    const expected = {
      kinds: ["CO_HOST"],
      evidenceKind: "IMPLIED",
      strands: [{ kind: "CO_HOST", via: EVENT, evidenceKind: "IMPLIED" }],
    };
    expect(partnershipPaths.paths.map(p => p.steps.map(s => s.tie))).toEqual([[expected]]);
    const { partners } = await data<{ partners: { edges: { partner: { id: string }; tie: unknown }[] } }>(
      `query($id: String!) { partners(id: $id) { edges { partner { id } tie { ${TIE} } } } }`,
      { id: A },
    );
    expect(partners.edges.filter(e => e.partner.id === B).map(e => e.tie)).toEqual([expected]);
  });

  it("should store a planned agreement as planned, its day placed by the page's date", async () => {
    const agreement = {
      id: `agreement-${tag}-x`,
      kind: "Agreement",
      name: "测试协议",
      modality: "PLANNED",
      date: "--09-07",
      dateBasis: "FROM_PAGE_DATE",
      evidence: [{ quote: QUOTES.planned }],
    };
    const got = await data<{ upsertAgreement: Meaning & { parties: { id: string }[] } }>(
      `mutation($src: ID!, $a: EntityInput!, $parties: [ID!]!, $ev: [EvidenceInput!]!) {
        upsertAgreement(sourceId: $src, agreement: $a, parties: $parties, evidence: $ev) {
          modality date dateResolved dateBasis parties { id }
        }
      }`,
      { src: SOURCE, a: agreement, parties: [A, B], ev: agreement.evidence },
    );
    expect(got.upsertAgreement).toMatchObject({
      modality: agreement.modality,
      date: agreement.date,
      dateBasis: agreement.dateBasis,
      dateResolved: `${PUBLISHED.slice(0, 4)}${agreement.date.slice(1)}`,
    });
    expect(got.upsertAgreement.parties.map(p => p.id).sort()).toEqual([A, B].sort());
  });

  describe("bad meaning", () => {
    const base = { type: "COOPERATES_WITH", from: B, to: A, evidence: [{ quote: QUOTES.planned }] };

    async function refused(r: Record<string, unknown>, query = UPSERT_RELATION): Promise<GraphQLResponse["errors"]> {
      const before = await graphSize();
      const res = await service.gql(query, { src: SOURCE, r }, EDITOR);
      expect(await graphSize()).toEqual(before);
      expect(await stored(B, base.type, A)).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      return res.errors;
    }

    it.each([
      ["an unknown modality", { modality: "MAYBE" }, "relation.modality", /ACTUAL, PLANNED, ASPIRATION/],
      ["an unknown evidence kind", { evidenceKind: "RUMOUR" }, "relation.evidenceKind", /STATED, IMPLIED, BACKGROUND/],
      ["an unknown date basis", { date: "--09-07", dateBasis: "GUESS" }, "relation.dateBasis", /FROM_PAGE_DATE/],
      ["a BACKGROUND fact with a quote", { evidenceKind: "BACKGROUND" }, "relation.evidence", /no quote/],
      ["a role the type does not take", { role: "HOST" }, "relation.role", /roleText/],
      ["a date that is not partial ISO", { date: "7 Sept" }, "relation.date", /partial ISO/],
      [
        "a resolved date that contradicts the stated one",
        { date: "2022-09", dateResolved: "2021-09-07", dateBasis: "FROM_CONTEXT" },
        "relation.dateResolved",
        /contradicts/,
      ],
    ])("should refuse %s, naming the field and the reason", async (_what, extra, field, reason) => {
      const [error] = (await refused({ ...base, ...extra }))!;
      expect(error!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(String(error!.extensions!.reason)).toMatch(reason);
    });

    it("should name the field of an unknown modality written in the document itself", async () => {
      const literal = `mutation($src: ID!) { upsertRelation(sourceId: $src, relation: {
        type: COOPERATES_WITH, from: "${B}", to: "${A}", modality: MAYBE, evidence: [{quote: "${QUOTES.planned}"}]
      }) { id } }`;
      const [error] = (await refused({}, literal))!;
      expect(error!.extensions).toMatchObject({ field: "relation.modality" });
      expect(String(error!.extensions!.reason)).toContain("MAYBE");
    });
  });
});

describe("an extraction candidate committed as the review view commits it", () => {
  const seedFile = path.resolve(__dirname, "../../seeds/000-xuzhou-shanghai-talks.json");
  const seed = JSON.parse(fs.readFileSync(seedFile, "utf8")) as { source: { file: string; publishedOn: string } };
  const page = fs.readFileSync(path.resolve(__dirname, "../../seeds/sources", seed.source.file), "utf8");
  const DATES = "date dateResolved dateBasis datePrecision";
  const EXTRACT = `query($t: String!, $p: String) { extractFacts(text: $t, publishedOn: $p) {
    sourceId text script publishedOn
    entities { candidateKey quote start end confidence rule ${DATES} id kind name aliases mergeWith nameStart nameEnd modality evidenceKind }
    relations { candidateKey quote start end confidence rule ${DATES} type from to modality evidenceKind role roleText }
    numbers { candidateKey quote start end confidence rule owner key value unit qualifier text }
  } }`;
  interface Extraction {
    sourceId: string;
    text: string;
    script: string;
    publishedOn: string | null;
    entities: EntityCandidate[];
    relations: RelationCandidate[];
    numbers: FigureCandidate[];
  }

  it("should keep the candidate's modality and the rest of its meaning", async () => {
    const x = (await data<{ extractFacts: Extraction }>(EXTRACT, { t: page, p: seed.source.publishedOn })).extractFacts;
    // A candidate the extractor marks other than ACTUAL (the case a commit used to misstate); failing one, a
    // candidate a curator marked PLANNED in the review view.
    const candidate = x.relations.find(r => r.modality !== "ACTUAL") ?? { ...x.relations[0]!, modality: "PLANNED" };
    const end = (id: string) => x.entities.find(e => e.id === id)!;
    // Its ends under this run's ids, as a curator's edit of the ids would give them, so the seed graph's own
    // facts are left alone.
    const renamed = (id: string) => `${end(id).id.split("-")[0]}-${tag}-${id.split("-").slice(1).join("-")}`;
    const from = { ...end(candidate.from), id: renamed(candidate.from) };
    const to = { ...end(candidate.to), id: renamed(candidate.to) };
    const committed = { ...candidate, from: from.id, to: to.id };
    const source = `src-${tag}-extracted`;
    await data(ADD_SOURCE, {
      s: { id: source, title: "extracted", script: x.script, text: x.text, publishedOn: x.publishedOn },
    });
    for (const e of [from, to]) await data(UPSERT_ENTITY, { src: source, e: entityInput(e, []) });
    await data(UPSERT_RELATION, { src: source, r: relationInput(committed) });

    const got = await stored(from.id, candidate.type, to.id);
    expect(got).toBeDefined();
    expect(got!.modality).not.toBe("ACTUAL");
    for (const field of ["modality", "evidenceKind", "role", "roleText"] as const) {
      expect({ field, value: got![field] }).toEqual({ field, value: candidate[field] ?? defaults[field] ?? null });
    }
    // A date field the candidate leaves out is derived by the write; one it states is kept as it is.
    for (const field of ["date", "dateResolved", "dateBasis", "datePrecision"] as const) {
      if (candidate[field] !== null) expect({ field, value: got![field] }).toEqual({ field, value: candidate[field] });
    }
  });
});

/** What the API reads for a meaning field the candidate leaves unstated (seeds/FORMAT.md). */
const defaults: Partial<Record<string, string>> = { modality: "ACTUAL", evidenceKind: "STATED" };
