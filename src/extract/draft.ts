import { pinyin } from "pinyin-pro";
import { candidateKey, type EntityCandidate, type NumberCandidate, type RelationCandidate } from "./candidate";
import type { Extraction } from "./extract.service";

/** Seed format version the drafts are written in (seeds/FORMAT.md, version 2 fields). */
export const DRAFT_FORMAT_VERSION = 2;

export type Verdict = "proposed" | "accepted" | "rejected";

/** What a curator needs beside each fact: how sure, which rule, and the verdict so far. */
export interface ReviewEntry {
  key: string;
  confidence: number;
  rule: string;
  verdict: Verdict;
}

export interface DraftFile {
  formatVersion: number;
  source: { id: string; file?: string; title: string; publishedOn?: string; script: "Hans" | "Hant" };
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  /** Not loaded into the graph: the review state, kept so a second run does not propose rejected facts. */
  review: { url?: string; generatedBy: string; entries: ReviewEntry[]; rejected: string[] };
}

const dates = (c: { date?: string; dateResolved?: string; dateBasis?: string; datePrecision?: string }) => ({
  ...(c.date ? { date: c.date } : {}),
  ...(c.dateResolved ? { dateResolved: c.dateResolved } : {}),
  ...(c.dateBasis ? { dateBasis: c.dateBasis } : {}),
  ...(c.datePrecision ? { datePrecision: c.datePrecision } : {}),
});

export function sourceIdOf(title: string): string {
  const slug = pinyin(title, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map(s => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .slice(0, 8)
    .join("-");
  return `src-${slug || "page"}`;
}

function entityRecord(e: EntityCandidate, numbers: NumberCandidate[]): Record<string, unknown> {
  const attributes = numbers
    .filter(n => n.owner === e.id)
    .map(n => ({
      key: n.key,
      value: n.value,
      unit: n.unit,
      ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      quote: n.quote,
    }));
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...(attributes.length ? { attributes } : {}),
    ...(e.modality ? { modality: e.modality } : {}),
    ...(e.evidenceKind ? { evidenceKind: e.evidenceKind } : {}),
    ...dates(e),
    evidence: [{ quote: e.quote }],
  };
}

function relationRecord(r: RelationCandidate): Record<string, unknown> {
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    modality: r.modality,
    evidenceKind: r.evidenceKind,
    ...(r.role ? { role: r.role } : {}),
    ...(r.roleText ? { roleText: r.roleText } : {}),
    ...dates(r),
    evidence: [{ quote: r.quote }],
  };
}

/** The draft seed file of an extraction: every candidate proposed, earlier rejections carried over. */
export function draftOf(x: Extraction, file?: string, rejected: string[] = []): DraftFile {
  const { entities, relations, numbers } = x.candidates;
  const entries: ReviewEntry[] = [
    ...entities.map(e => ({
      key: candidateKey.entity(e),
      confidence: e.confidence,
      rule: e.rule,
      verdict: "proposed" as const,
    })),
    ...relations.map(r => ({
      key: candidateKey.relation(r),
      confidence: r.confidence,
      rule: r.rule,
      verdict: "proposed" as const,
    })),
    ...numbers.map(n => ({
      key: candidateKey.number(n),
      confidence: n.confidence,
      rule: n.rule,
      verdict: "proposed" as const,
    })),
  ];
  const title = x.title ?? entities[0]?.name ?? "page";
  return {
    formatVersion: DRAFT_FORMAT_VERSION,
    source: {
      id: sourceIdOf(title),
      ...(file ? { file } : {}),
      title,
      ...(x.publishedOn ? { publishedOn: x.publishedOn } : {}),
      script: x.script,
    },
    entities: entities.map(e => entityRecord(e, numbers)),
    relations: relations.map(relationRecord),
    review: {
      ...(x.url ? { url: x.url } : {}),
      generatedBy: "innograph extract",
      entries,
      rejected: [...new Set(rejected)],
    },
  };
}

/** The keys a previous draft's curator rejected (its `review.rejected`, or entries marked rejected). */
export function rejectedIn(previous: unknown): string[] {
  const review = (previous as Partial<DraftFile> | undefined)?.review;
  if (!review) return [];
  return [...(review.rejected ?? []), ...(review.entries ?? []).filter(e => e.verdict === "rejected").map(e => e.key)];
}
