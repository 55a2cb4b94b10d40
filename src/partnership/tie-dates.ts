import { DateBasis, DatePrecision } from "../domain/fact-meaning";
import type { FactMeaning, StrandDate } from "./tie-record";

const WITH_YEAR = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? DatePrecision.YEAR : date.length === 7 ? DatePrecision.MONTH : DatePrecision.DAY;
}

/** The first day of a partial date's period; with lexicographic comparison it orders like a date. */
export function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a partial date's period ("-31" for every month still compares correctly as text). */
export function periodEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** A fact's own date with its basis: the resolved date first, else a stated date that has a year. */
export function statedDate(fact: FactMeaning | null | undefined): StrandDate | null {
  if (!fact) return null;
  const resolved = fact.dateResolved && WITH_YEAR.test(fact.dateResolved) ? fact.dateResolved : null;
  const stated = fact.date && WITH_YEAR.test(fact.date) ? fact.date : null;
  const date = resolved ?? stated;
  if (!date) return null;
  return {
    date,
    basis: ((resolved ? fact.dateBasis : null) as DateBasis | null) ?? DateBasis.STATED,
    precision: (fact.datePrecision as DatePrecision | null) ?? precisionOf(date),
    start: periodStart(date),
    end: periodEnd(date),
  };
}

/**
 * When a joint fact happened: the hub's date (an agreement's signing, an event's day), else the first dated
 * link; an undated fact falls back to the earliest publication date of its sources (basis PUBLISHED, an upper
 * bound: it was reported then). With no date at all, it lies outside every time window.
 */
export function strandDate(
  hub: FactMeaning | null,
  links: FactMeaning[],
  published: (string | null | undefined)[],
): StrandDate {
  for (const fact of [hub, ...links]) {
    const d = statedDate(fact);
    if (d) return d;
  }
  const earliest = published.filter((p): p is string => !!p && WITH_YEAR.test(p)).sort()[0];
  if (!earliest) return { date: null, basis: null, precision: null, start: null, end: null };
  return {
    date: earliest,
    basis: DateBasis.PUBLISHED,
    precision: precisionOf(earliest),
    start: periodStart(earliest),
    end: periodEnd(earliest),
  };
}

/** A question's time window, normalised to whole days; `asOf` is a window open at the start. */
export interface Window {
  from: string | null;
  to: string | null;
}

export function toWindow(from?: string | null, to?: string | null, asOf?: string | null): Window {
  const end = to ?? asOf ?? null;
  return { from: from ? periodStart(from) : null, to: end ? periodEnd(end) : null };
}

/** A strand is in a window when its period overlaps it; an undated strand is in no window but the open one. */
export function inWindow(d: StrandDate, w: Window): boolean {
  if (w.from === null && w.to === null) return true;
  if (d.start === null || d.end === null) return false;
  return (w.from === null || d.end >= w.from) && (w.to === null || d.start <= w.to);
}
