import { resolveDate, type FactDate } from "../domain/fact-date";
import { EvidenceKind } from "../domain/fact-meaning";
import { parseSourceModalities } from "../domain/source-modality";

/** A node's or relationship's properties as stored, integers already plain numbers. */
export type StoredProperties = Record<string, unknown> & {
  sources?: string[] | null;
  evidenceKind?: string | null;
  /** A Source node's page date. */
  publishedOn?: string | null;
};

/** Which fact a problem is about, for an error an operator can act on. */
export class ExportError extends Error {}

/** Kept by the loader, or derived by it again (names for search, sort keys), or the audit trail: never `properties`. */
const BOOKKEEPING = ["id", "sources", "sourceModalities", "evidence", "attributes", "sortDate", "year"];
const DERIVED_NAMES = ["pinyin", "aliasText", "pinyinText", "searchKeys", "searchKeyText"];
const AUDIT = ["writtenBy", "writtenByRole", "writtenAt"];
export const DATE_FIELDS = ["date", "dateResolved", "dateBasis", "datePrecision"] as const;
const MEANING = ["modality", "evidenceKind"];

/** What one source holds of a fact: its quotes and figures, and the fields it must write. */
export interface FactShare {
  evidence: { quote: string; source?: string }[];
  attributes: Record<string, unknown>[];
  /** The modality this source gives the fact; evidenceKind and the date fields, where this source is the one that sets them. */
  meaning: Record<string, string>;
}

function parsed(list: unknown): Record<string, unknown>[] {
  return Array.isArray(list) ? list.map(item => JSON.parse(String(item)) as Record<string, unknown>) : [];
}

function present(stored: StoredProperties, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter(k => stored[k] != null).map(k => [k, String(stored[k])]));
}

/**
 * The source whose page supports the stored date: the latest in the fact's list for which the loader
 * would resolve the stated date to the stored one (a day without a year resolves against each page).
 */
function dateHome(stored: StoredProperties, sources: string[], pages: Map<string, string | null>): string {
  const fields = present(stored, DATE_FIELDS) as FactDate;
  for (const source of [...sources].reverse()) {
    const { value, problems } = resolveDate(fields, pages.get(source));
    if (!problems.length && value.dateResolved === (fields.dateResolved ?? null)) return source;
  }
  return sources[sources.length - 1]!;
}

/**
 * A fact's share in `source`. Each source gives its own modality (the loader derives the stored one from them
 * all). Sources are reloaded in their original order (load-order.ts) and a later load overwrites the other
 * fields an earlier one wrote, so the evidence kind is written by the last source only (the dates by the
 * source whose page supports them); an earlier source writes only what its own quotes require: BACKGROUND
 * when it has none, never BACKGROUND when it has some.
 */
export function factShare(stored: StoredProperties, source: string, pages: Map<string, string | null>): FactShare {
  const sources = stored.sources ?? [];
  const last = sources[sources.length - 1];
  // Quotes naming a source the fact was never loaded from (an API write's cross-reference) go with the last source.
  const mine = (item: Record<string, unknown>) =>
    item.source === source || (source === last && !sources.includes(String(item.source)));
  const evidence = parsed(stored.evidence)
    .filter(mine)
    .map(e =>
      e.source === source ? { quote: String(e.quote) } : { quote: String(e.quote), source: String(e.source) },
    );
  const attributes = parsed(stored.attributes)
    .filter(mine)
    .map(({ source: _, unit, qualifier, asOf, ...rest }) => ({
      ...rest,
      ...(unit != null ? { unit } : {}),
      ...(qualifier != null ? { qualifier } : {}),
      ...(asOf != null ? { asOf } : {}),
    }));
  const stated = stored.evidenceKind ?? undefined;
  const evidenceKind = !evidence.length
    ? EvidenceKind.BACKGROUND
    : source === last || stated !== EvidenceKind.BACKGROUND
      ? stated
      : undefined;
  // A fact stored before each source's modality was kept has only the last load's.
  const own = parseSourceModalities(stored.sourceModalities).get(source);
  const meaning = {
    ...(own ? { modality: own } : source === last ? present(stored, ["modality"]) : {}),
    ...(evidenceKind ? { evidenceKind } : {}),
    ...(source === dateHome(stored, sources, pages) ? present(stored, DATE_FIELDS) : {}),
  };
  return { evidence, attributes, meaning };
}

/**
 * The stored properties the seed format keeps under `properties` (kind- and type-specific strings): all
 * but the fields it has a place for and the ones the loader derives. A value of another type has no place
 * in the format: refused, rather than lost.
 */
export function ownProperties(stored: StoredProperties, fields: string[], fact: string): Record<string, string> {
  const skipped = new Set([...BOOKKEEPING, ...DERIVED_NAMES, ...AUDIT, ...DATE_FIELDS, ...MEANING, ...fields]);
  const own = Object.entries(stored).filter(([k, v]) => !skipped.has(k) && v != null);
  for (const [key, value] of own) {
    if (typeof value !== "string") {
      throw new ExportError(`${fact}: property ${key} holds a ${typeof value}; the seed format keeps strings only`);
    }
  }
  return Object.fromEntries(own) as Record<string, string>;
}
