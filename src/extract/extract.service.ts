import { EntityKind } from "../domain/entity-kind";
import { BadInputError } from "../errors";
import { signingLinks } from "./agreements";
import { bodyHanCount, findBody, type Body } from "./body";
import {
  candidateKey,
  type Candidates,
  type EntityCandidate,
  type NumberCandidate,
  type RelationCandidate,
  type Span,
} from "./candidate";
import { dateIn } from "./dates";
import type { Gazetteer } from "./gazetteer";
import { idOf, type Mention } from "./mention";
import { findMentions } from "./mentions";
import { modalityOf } from "./modality";
import { figuresIn, keyOf } from "./numbers";
import { readPage } from "./page";
import { linksOf, type Link, type LinkContext } from "./relation-candidates";
import { matchTextOf, pageSpan, touchesMojibake, type MatchText } from "./script";
import { sentencesOf, type Sentence } from "./sentences";

export interface ExtractOptions {
  gazetteer: Gazetteer;
  url?: string;
  /** The page's publication date (partial ISO); else the date its header states. */
  publishedOn?: string;
  /** Keys of candidates a curator rejected before: never proposed again. */
  rejected?: Iterable<string>;
  /** The input's name in error messages. */
  field?: string;
}

export interface Extraction {
  /** The text every quote is an exact substring of (the page, or Readability's text of an HTML page). */
  text: string;
  body: Body;
  script: "Hans" | "Hant";
  title?: string;
  publishedOn?: string;
  url?: string;
  candidates: Candidates;
  elapsedMs: number;
}

/** Fewer Han characters than this in the body: not a Chinese article. */
const MIN_BODY_HAN = 20;
const CLAUSE = /[，,；;：:]/;

/** Drafts candidate facts from a page; writes nothing. Bad pages get BAD_USER_INPUT or LIMIT_EXCEEDED naming `field`. */
export function extractFacts(input: Buffer | string, options: ExtractOptions): Extraction {
  const started = performance.now();
  const field = options.field ?? "text";
  const page = readPage(input, field);
  const body = findBody(page.text, page.isHtml);
  if (bodyHanCount(body) < MIN_BODY_HAN) throw new BadInputError(field, "no Chinese article body found on the page");
  const mt = matchTextOf(body.text);
  const sentences = sentencesOf(mt, body.lines);
  const mentions = findMentions(mt.text, sentences, options.gazetteer);
  const ctx: LinkContext = { text: mt.text, sentences, mentions, extra: [] };
  const links = linksOf(ctx);
  links.push(...signingLinks(ctx, s => eventFor(ctx, s)));
  const publishedOn = options.publishedOn ?? body.pageDate;
  const rejected = new Set(options.rejected ?? []);
  const quote = quoter(body.text, mt, sentences);
  const entities = entityCandidates(
    [...mentions.things, ...mentions.occasions, ...ctx.extra],
    quote,
    mt,
    publishedOn,
    sentences,
  );
  const relations = relationCandidates(links, quote, mt, publishedOn);
  const numbers = numberCandidates(ctx, quote);
  const kept = new Set(entities.filter(e => !rejected.has(candidateKey.entity(e))).map(e => e.id));
  return {
    text: body.text,
    body,
    script: mt.script,
    title: body.title,
    publishedOn,
    url: options.url,
    candidates: {
      entities: entities.filter(e => kept.has(e.id)),
      relations: relations.filter(r => kept.has(r.from) && kept.has(r.to) && !rejected.has(candidateKey.relation(r))),
      numbers: numbers.filter(n => kept.has(n.owner) && !rejected.has(candidateKey.number(n))),
    },
    elapsedMs: performance.now() - started,
  };
}

function eventFor(ctx: LinkContext, s: Sentence): Mention | undefined {
  const named = ctx.mentions.occasions.filter(m => m.kind === EntityKind.Event && m.start >= s.start && m.end <= s.end);
  return named[0] ?? ctx.mentions.mainEvent;
}

type Quoter = (spans: Span[]) => { quote: string; at: Span; sentence: Sentence };

/** The shortest run of clauses of one sentence that holds the given match-text spans, cut from the page. */
function quoter(page: string, mt: MatchText, sentences: Sentence[]): Quoter {
  return spans => {
    const first = spans[0]!;
    const s = sentences.find(x => x.start <= first.start && first.start < x.end) ?? sentences[0]!;
    const inS = spans.filter(sp => sp.start >= s.start && sp.end <= s.end);
    let a = Math.min(...inS.map(sp => sp.start));
    let b = Math.max(...inS.map(sp => sp.end));
    while (a > s.start && !CLAUSE.test(mt.text[a - 1]!)) a--;
    while (b < s.end && !CLAUSE.test(mt.text[b]!)) b++;
    if (b < s.end && /[。！？!；;]/.test(mt.text[b]!)) b++;
    const at = pageSpan(mt, a, b);
    return { quote: page.slice(at.start, at.end), at, sentence: s };
  };
}

function entityCandidates(
  ms: Mention[],
  quote: Quoter,
  mt: MatchText,
  publishedOn: string | undefined,
  sentences: Sentence[],
): EntityCandidate[] {
  const byId = new Map<string, EntityCandidate>();
  for (const m of [...ms].sort((a, b) => a.start - b.start)) {
    const id = idOf(m);
    const prior = byId.get(id);
    const surface = mt.text.slice(m.start, m.end);
    if (prior) {
      if (surface !== prior.name && !prior.aliases.includes(surface) && m.kind !== EntityKind.Person) {
        prior.aliases.push(surface);
      }
      prior.confidence = Math.max(prior.confidence, m.confidence);
      continue;
    }
    const q = quote([m]);
    const dated =
      m.kind === EntityKind.Event || m.kind === EntityKind.Agreement
        ? dateIn(mt.text.slice(q.sentence.start, q.sentence.end), publishedOn)
        : undefined;
    const name = m.known?.name ?? m.name.replace(/—{2,}/g, "—");
    byId.set(id, {
      id,
      kind: m.known?.kind ?? m.kind,
      name,
      aliases: [...new Set([...m.aliases, surface])].filter(a => a !== name),
      ...(m.known ? { mergeWith: m.known.id } : {}),
      quote: q.quote,
      at: q.at,
      nameAt: pageSpan(mt, m.start, m.end),
      confidence: round(touchesMojibake(mt, q.at) ? m.confidence * 0.5 : m.confidence),
      rule: m.rule,
      ...(m.implied ? { evidenceKind: "IMPLIED" as EntityCandidate["evidenceKind"] } : {}),
      ...(dated ?? {}),
      ...(m.kind === EntityKind.Agreement
        ? { modality: modalityOf(mt.text.slice(q.sentence.start, q.sentence.end)) }
        : {}),
    });
  }
  void sentences;
  return [...byId.values()];
}

const round = (n: number) => Math.round(n * 100) / 100;

function relationCandidates(
  links: Link[],
  quote: Quoter,
  mt: MatchText,
  publishedOn: string | undefined,
): RelationCandidate[] {
  const byKey = new Map<string, RelationCandidate>();
  for (const l of links) {
    const from = idOf(l.from);
    const to = idOf(l.to);
    if (from === to) continue;
    const symmetric =
      l.type === "COOPERATES_WITH" && byKey.has(candidateKey.relation({ type: l.type, from: to, to: from }));
    const key = candidateKey.relation(symmetric ? { type: l.type, from: to, to: from } : { type: l.type, from, to });
    const prior = byKey.get(key);
    if (prior) {
      if (l.roleText && prior.roleText && !prior.roleText.split("、").includes(l.roleText)) {
        prior.roleText = `${prior.roleText}、${l.roleText}`;
      }
      prior.confidence = Math.max(prior.confidence, round(l.confidence));
      continue;
    }
    const spans = [l.from, l.to].filter(m => m.start >= l.sentence.start && m.end <= l.sentence.end);
    const q = quote(spans.length ? spans : [l.sentence]);
    const clause = mt.text.slice(mt.text.lastIndexOf("，", q.sentence.start) + 1, q.sentence.end);
    byKey.set(key, {
      type: l.type,
      from,
      to,
      quote: q.quote,
      at: q.at,
      confidence: round(touchesMojibake(mt, q.at) ? l.confidence * 0.5 : l.confidence),
      rule: l.rule,
      modality: modalityOf(mt.text.slice(pageToMatch(q, mt).start, pageToMatch(q, mt).end) || clause),
      evidenceKind: l.evidenceKind,
      ...(l.role ? { role: l.role } : {}),
      ...(l.roleText ? { roleText: l.roleText } : {}),
      ...(dateIn(mt.text.slice(q.sentence.start, q.sentence.end), publishedOn) ?? {}),
    });
  }
  return [...byKey.values()];
}

function pageToMatch(q: { sentence: Sentence; at: Span }, mt: MatchText): Span {
  let a = q.sentence.start;
  while (a < q.sentence.end && mt.toPage[a]! < q.at.start) a++;
  let b = a;
  while (b < q.sentence.end && mt.toPage[b]! < q.at.end) b++;
  return { start: a, end: b };
}

const OWNER_KINDS = new Set([
  EntityKind.City,
  EntityKind.Province,
  EntityKind.Corridor,
  EntityKind.GovernmentBody,
  EntityKind.University,
  EntityKind.ResearchInstitute,
  EntityKind.Enterprise,
  EntityKind.Organization,
  EntityKind.Platform,
  EntityKind.Event,
  EntityKind.Agreement,
]);

function numberCandidates(ctx: LinkContext, quote: Quoter): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  const owners = [...ctx.mentions.things, ...ctx.mentions.occasions, ...ctx.extra]
    .filter(m => OWNER_KINDS.has(m.kind))
    .sort((a, b) => a.start - b.start);
  const names = [...ctx.mentions.things, ...ctx.mentions.occasions];
  for (const s of ctx.sentences) {
    for (const f of figuresIn(ctx.text.slice(s.start, s.end), s.start)) {
      // A figure inside a name (第五届…, 4510 行动) is part of the name; one inside a project batch is its count.
      if (
        names.some(n => n.start < f.end && f.start < n.end && !(n.kind === EntityKind.Agreement && f.end <= n.start))
      ) {
        continue;
      }
      const batch = ctx.extra.find(m => m.kind === EntityKind.Agreement && m.start >= f.end && m.start <= f.end + 1);
      const before = owners.filter(o => o.end <= f.start && o.start >= s.start);
      const owner = batch ?? before[before.length - 1] ?? ctx.mentions.mainEvent ?? ctx.mentions.mainCity;
      if (!owner) continue;
      const q = quote([f]);
      out.push({
        owner: idOf(owner),
        key: keyOf(f.noun, f.unit),
        value: f.value,
        unit: f.unit,
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
        text: ctx.text.slice(f.start, f.end),
        quote: q.quote,
        at: q.at,
        confidence: batch ? 0.6 : before.length ? 0.5 : 0.35,
        rule: "figure-with-unit",
      });
    }
  }
  return out;
}
