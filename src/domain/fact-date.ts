import { DateBasis, DatePrecision } from "./fact-meaning";

/** The date fields a fact may carry: the article's partial date and how a full(er) date was obtained from it. */
export interface FactDate {
  date?: string | null;
  dateResolved?: string | null;
  dateBasis?: DateBasis | string | null;
  datePrecision?: DatePrecision | string | null;
}

export interface ResolvedDate {
  date: string | null;
  dateResolved: string | null;
  dateBasis: DateBasis | null;
  datePrecision: DatePrecision | null;
}

export interface DateProblem {
  field: "date" | "dateResolved" | "dateBasis" | "datePrecision";
  reason: string;
}

const DAY = /^--(\d{2})-(\d{2})$/;
/** A date with its year: 2022, 2022-09 or 2022-09-07. */
export const DATED = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function precisionOf(date: string): DatePrecision {
  if (DAY.test(date)) return DatePrecision.DAY;
  return date.length === 4 ? DatePrecision.YEAR : date.length === 7 ? DatePrecision.MONTH : DatePrecision.DAY;
}

/** The latest day --MM-DD not after the page's date; undefined when the page's date is too coarse to tell. */
export function latestDayNotAfter(day: string, page: string): string | undefined {
  const m = DAY.exec(day);
  if (!m || !DATED.test(page)) return undefined;
  const monthDay = `${m[1]}-${m[2]}`;
  const year = Number(page.slice(0, 4));
  if (page.length === 10) return `${monthDay <= page.slice(5) ? year : year - 1}-${monthDay}`;
  if (page.length === 7) {
    // Within the page's own month the day cannot be placed before or after it.
    if (m[1]! === page.slice(5, 7)) return undefined;
    return `${m[1]! < page.slice(5, 7) ? year : year - 1}-${monthDay}`;
  }
  return undefined;
}

/** Whether a resolved date keeps the stated part and adds nothing the basis cannot give. */
function agrees(stated: string, resolved: string): boolean {
  if (DAY.test(stated)) return resolved.length === 10 && resolved.slice(4) === stated.slice(1);
  return resolved.startsWith(stated);
}

/**
 * Resolves a fact's date against its page's date (`publishedOn`) and reports every way the fields
 * contradict each other. Undated facts resolve to nulls. A date with its year is its own resolution
 * (basis STATED); a day without a year stays unresolved unless a basis says how to place it.
 */
export function resolveDate(
  fact: FactDate,
  publishedOn: string | null | undefined,
): { value: ResolvedDate; problems: DateProblem[] } {
  const problems: DateProblem[] = [];
  const date = fact.date ?? null;
  const given = fact.dateResolved ?? null;
  const basis = (fact.dateBasis ?? null) as DateBasis | null;
  let resolved: string | null = null;
  switch (basis) {
    case null:
      if (given !== null && given !== date) {
        problems.push({ field: "dateBasis", reason: "a dateResolved other than the stated date needs a dateBasis" });
      }
      resolved = date !== null && DATED.test(date) ? date : null;
      break;
    case DateBasis.STATED:
      if (date === null || !DATED.test(date)) {
        problems.push({ field: "dateBasis", reason: "STATED needs a date with its year" });
      } else resolved = date;
      break;
    case DateBasis.FROM_PAGE_DATE:
      if (date === null || !DAY.test(date)) {
        problems.push({ field: "dateBasis", reason: "FROM_PAGE_DATE places a day without a year (--MM-DD)" });
      } else if (!publishedOn) {
        problems.push({ field: "dateBasis", reason: "FROM_PAGE_DATE needs the source's publishedOn" });
      } else {
        resolved = latestDayNotAfter(date, publishedOn) ?? null;
        if (resolved === null) {
          problems.push({
            field: "dateBasis",
            reason: `the page's date ${publishedOn} is too coarse to place ${date}`,
          });
        }
      }
      break;
    case DateBasis.FROM_CONTEXT:
      if (given === null) {
        problems.push({ field: "dateResolved", reason: "FROM_CONTEXT needs the dateResolved the context gives" });
      }
      resolved = given;
      break;
    case DateBasis.PUBLISHED:
      if (date !== null) {
        problems.push({ field: "dateBasis", reason: `PUBLISHED is for undated facts; this one states ${date}` });
      } else if (!publishedOn || !DATED.test(publishedOn)) {
        problems.push({ field: "dateBasis", reason: "PUBLISHED needs the source's publishedOn with its year" });
      } else resolved = publishedOn;
      break;
    default:
      problems.push({ field: "dateBasis", reason: `dateBasis must be one of ${Object.values(DateBasis).join(", ")}` });
  }
  if (given !== null && !DATED.test(given)) {
    problems.push({ field: "dateResolved", reason: "must be YYYY, YYYY-MM or YYYY-MM-DD" });
  } else if (given !== null && date !== null && !agrees(date, given)) {
    problems.push({ field: "dateResolved", reason: `${given} contradicts the stated date ${date}` });
  } else if (given !== null && resolved !== null && given !== resolved) {
    problems.push({ field: "dateResolved", reason: `${basis ?? "the stated date"} gives ${resolved}, not ${given}` });
  }
  const precision = resolved === null ? null : precisionOf(resolved);
  if (fact.datePrecision != null && fact.datePrecision !== precision) {
    problems.push({
      field: "datePrecision",
      reason: precision
        ? `the resolved date ${resolved} has ${precision} precision, not ${fact.datePrecision}`
        : "there is no resolved date to have a precision",
    });
  }
  const value = {
    date,
    dateResolved: resolved,
    dateBasis: resolved === null ? null : (basis ?? DateBasis.STATED),
    datePrecision: precision,
  };
  return { value, problems };
}
