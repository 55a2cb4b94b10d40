import { ID_PREFIX, type EntityKind } from "../../../src/domain/entity-kind";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../../src/domain/fact-meaning";
import { RELATION_TYPES } from "../../../src/domain/relation-type";
import { candidateKey } from "../../../src/extract/candidate";
import { DRAFT_FORMAT_VERSION, draftOf, rejectedIn } from "../../../src/extract/draft";
import { extractFacts } from "../../../src/extract/extract.service";
import { gazetteerOf } from "../../../src/extract/gazetteer";
import { ID_PATTERN, PARTIAL_DATE_PATTERN } from "../../../src/seed/seed.input";
import { curated } from "./extract.fixtures";

// Each curated article drafted with the gazetteer of the other four (as extract:eval does), checked
// against what the seed loader will demand of a version-2 file.
describe.each(curated.map((c, i) => [c.file, i] as const))("the draft of %s", (_file, i) => {
  const { seed, page } = curated[i]!;
  const gazetteer = gazetteerOf(curated.filter((_, j) => j !== i).map(c => c.seed));
  const x = extractFacts(page, { gazetteer, publishedOn: seed.source.publishedOn });
  const draft = draftOf(x, seed.source.file);
  const ids = new Set(draft.entities.map(e => e.id as string));

  it("should be in format version 2 and name its source file and script", () => {
    expect(draft.formatVersion).toBe(DRAFT_FORMAT_VERSION);
    expect(draft.source).toMatchObject({ file: seed.source.file, script: (seed.source as { script?: string }).script });
  });

  it("should propose entities, relations and figures", () => {
    expect(draft.entities.length).toBeGreaterThan(5);
    expect(draft.relations.length).toBeGreaterThan(5);
    expect(x.candidates.numbers.length).toBeGreaterThan(0);
  });

  it("should quote the page byte for byte, at the offsets it records", () => {
    const all = [...x.candidates.entities, ...x.candidates.relations, ...x.candidates.numbers];
    expect(all.filter(c => page.slice(c.at.start, c.at.end) !== c.quote || !c.quote.trim())).toEqual([]);
    const quotes = [...draft.entities, ...draft.relations].flatMap(r =>
      (r.evidence as { quote: string }[]).map(e => e.quote),
    );
    expect(quotes.filter(q => !page.includes(q))).toEqual([]);
  });

  it("should give every entity an id with its kind's prefix", () => {
    const bad = draft.entities.filter(
      e => !(e.id as string).startsWith(ID_PREFIX[e.kind as EntityKind]) || !ID_PATTERN.test(e.id as string),
    );
    expect(bad).toEqual([]);
  });

  it("should only relate entities the draft contains, with known types and meanings", () => {
    for (const r of draft.relations) {
      expect(ids.has(r.from as string) && ids.has(r.to as string)).toBe(true);
      expect(RELATION_TYPES).toContain(r.type);
      expect(Object.values(Modality)).toContain(r.modality);
      expect(Object.values(EvidenceKind)).toContain(r.evidenceKind);
    }
  });

  it("should write dates as partial ISO with a basis and precision from the shared enums", () => {
    for (const r of [...draft.entities, ...draft.relations]) {
      if (r.date !== undefined) expect(r.date).toMatch(PARTIAL_DATE_PATTERN);
      if (r.dateResolved !== undefined) expect(r.dateResolved).toMatch(PARTIAL_DATE_PATTERN);
      if (r.dateBasis !== undefined) expect(Object.values(DateBasis)).toContain(r.dateBasis);
      if (r.datePrecision !== undefined) expect(Object.values(DatePrecision)).toContain(r.datePrecision);
    }
  });

  it("should give figures camelCase keys, units and exact quotes", () => {
    const attributes = draft.entities.flatMap(
      e => (e.attributes as { key: string; unit: string; quote: string }[] | undefined) ?? [],
    );
    expect(attributes.length).toBe(x.candidates.numbers.filter(n => ids.has(n.owner)).length);
    for (const a of attributes) {
      expect(a.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(a.unit).not.toBe("");
      expect(page).toContain(a.quote);
    }
  });
});

describe("a curator's rejections", () => {
  const { seed, page } = curated[1]!;
  const gazetteer = gazetteerOf(curated.slice(2).map(c => c.seed));
  const first = extractFacts(page, { gazetteer, publishedOn: seed.source.publishedOn });
  const entity =
    first.candidates.entities.find(e => !first.candidates.relations.some(r => r.from === e.id || r.to === e.id)) ??
    first.candidates.entities[0]!;
  const relation = first.candidates.relations.find(r => r.from !== entity.id && r.to !== entity.id)!;
  const draft = draftOf(first, seed.source.file, [candidateKey.entity(entity), candidateKey.relation(relation)]);

  it("should be kept in the draft, marked", () => {
    expect(rejectedIn(draft)).toEqual(
      expect.arrayContaining([candidateKey.entity(entity), candidateKey.relation(relation)]),
    );
  });

  it("should not be proposed again by a second run", () => {
    const second = extractFacts(page, { gazetteer, publishedOn: seed.source.publishedOn, rejected: rejectedIn(draft) });
    expect(second.candidates.entities.map(e => e.id)).not.toContain(entity.id);
    expect(second.candidates.relations.map(candidateKey.relation)).not.toContain(candidateKey.relation(relation));
    expect(second.candidates.entities.length).toBe(first.candidates.entities.length - 1);
  });
});

describe("an HTML page", () => {
  const { seed, page } = curated[0]!;
  const body = page
    .split("\n")
    .filter(l => l.trim())
    .slice(0, 12)
    .map(l => `<p>${l.trim()}</p>`)
    .join("\n");
  const html = `<!doctype html><html><head><title>${seed.source.title}</title></head><body><nav><a href="/">首页</a> &gt; 正文</nav><article><h1>${seed.source.title}</h1>${body}</article><footer>版权所有 苏ICP备10099057号</footer></body></html>`;
  const x = extractFacts(html, { gazetteer: gazetteerOf(curated.slice(1).map(c => c.seed)) });

  it("should draft from Readability's text and quote that text exactly", () => {
    expect(x.candidates.entities.length).toBeGreaterThan(5);
    for (const c of [...x.candidates.entities, ...x.candidates.relations]) {
      expect(x.text.slice(c.at.start, c.at.end)).toBe(c.quote);
    }
    expect(x.text).not.toContain("<p>");
    expect(x.text).not.toContain("ICP");
  });
});
