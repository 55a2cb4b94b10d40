import { resolveDate, type FactDate } from "../domain/fact-date";
import { DateBasis } from "../domain/fact-meaning";

/** The bases whose resolved date is read from the page's date: a day placed by it, or the page's date itself. */
export const PAGE_BASES: readonly DateBasis[] = [DateBasis.FROM_PAGE_DATE, DateBasis.PUBLISHED];

/** A fact's date fields as stored after a resolution, under the names seed-rows.ts stores them. */
export interface RedatedFields {
  dateResolved: string;
  datePrecision: string;
  sortDate: string;
  year: number;
}

export type Redating = { fields: RedatedFields } | { problem: string } | { unchanged: true };

/**
 * What a stored fact's resolved date becomes when its source's page date moves from `before` to `after`.
 * Only a fact that the old page date placed follows the new one: a fact cited by several sources was placed
 * by whichever page it was last written with, and a fact another page placed keeps its date.
 */
export function redate(fact: FactDate, before: string | null, after: string | null): Redating {
  const basis = fact.dateBasis as DateBasis | null | undefined;
  if (!basis || !PAGE_BASES.includes(basis)) return { unchanged: true };
  const stated = { date: fact.date ?? null, dateBasis: basis };
  if (resolveDate(stated, before).value.dateResolved !== fact.dateResolved) return { unchanged: true };
  const { value, problems } = resolveDate(stated, after);
  if (problems.length > 0 || value.dateResolved === null) {
    return { problem: problems[0]?.reason ?? `${basis} cannot be resolved against ${after ?? "no page date"}` };
  }
  if (value.dateResolved === fact.dateResolved) return { unchanged: true };
  return {
    fields: {
      dateResolved: value.dateResolved,
      datePrecision: value.datePrecision!,
      sortDate: value.dateResolved,
      year: Number(value.dateResolved.slice(0, 4)),
    },
  };
}
