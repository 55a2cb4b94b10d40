import type { RelationDate } from "../api";

/** A relationship's date taken apart for reading: the date, how it is known, how precise. */
export interface RelationDateParts {
  date: string;
  basis: string;
  precision: string;
  /** True unless the article states the date itself: the inspector marks such a date as inferred. */
  inferred: boolean;
}

function precisionOf(date: string): string {
  return date.length === 4 ? "YEAR" : date.length === 7 ? "MONTH" : "DAY";
}

/**
 * The parts of a relationship's date; an absent basis reads as STATED and an absent precision is the date's own,
 * as everywhere in the graph (src/domain/fact-meaning.ts). Null for an undated relationship.
 */
export function relationDateParts(when: RelationDate | null | undefined): RelationDateParts | null {
  if (!when?.date) return null;
  const basis = when.basis ?? "STATED";
  return { date: when.date, basis, precision: when.precision ?? precisionOf(when.date), inferred: basis !== "STATED" };
}
