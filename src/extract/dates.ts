import { DateBasis, DatePrecision } from "../domain/fact-meaning";
import type { DateFields } from "./candidate";

const FULL = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
const YEAR_MONTH = /((?:19|20)\d{2})年(\d{1,2})月(?!\d{0,2}日)/;
const MONTH_DAY = /(?<![年\d])(\d{1,2})月(\d{1,2})日/;
const YEAR = /((?:19|20)\d{2})年(?!\d)/;
const RELATIVE = /今年|去年|上月|本月|上个月/;

const pad = (n: string | number) => String(n).padStart(2, "0");

/**
 * The date a sentence states, as the format records it: the stated partial date, the resolved one and
 * its basis. A day without a year resolves to the latest such day not after the page's date.
 */
export function dateIn(sentence: string, pageDate?: string): DateFields | undefined {
  let m = FULL.exec(sentence);
  if (m) return stated(`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, DatePrecision.DAY);
  m = MONTH_DAY.exec(sentence);
  if (m) {
    const date = `--${pad(m[1]!)}-${pad(m[2]!)}`;
    if (!pageDate || pageDate.length < 10) return { date };
    const year = Number(pageDate.slice(0, 4));
    const sameYear = `${year}-${pad(m[1]!)}-${pad(m[2]!)}`;
    const resolved = sameYear <= pageDate ? sameYear : `${year - 1}-${pad(m[1]!)}-${pad(m[2]!)}`;
    return { date, dateResolved: resolved, dateBasis: DateBasis.FROM_PAGE_DATE, datePrecision: DatePrecision.DAY };
  }
  m = YEAR_MONTH.exec(sentence);
  if (m) return stated(`${m[1]}-${pad(m[2]!)}`, DatePrecision.MONTH);
  m = YEAR.exec(sentence);
  if (m) return stated(m[1]!, DatePrecision.YEAR);
  const rel = RELATIVE.exec(sentence);
  if (rel && pageDate && pageDate.length >= 7) {
    const y = Number(pageDate.slice(0, 4));
    const mo = Number(pageDate.slice(5, 7));
    if (rel[0] === "今年") {
      return { dateResolved: String(y), dateBasis: DateBasis.FROM_CONTEXT, datePrecision: DatePrecision.YEAR };
    }
    if (rel[0] === "去年") {
      return { dateResolved: String(y - 1), dateBasis: DateBasis.FROM_CONTEXT, datePrecision: DatePrecision.YEAR };
    }
    if (rel[0] === "本月") {
      return { dateResolved: `${y}-${pad(mo)}`, dateBasis: DateBasis.FROM_CONTEXT, datePrecision: DatePrecision.MONTH };
    }
    const prev = mo === 1 ? `${y - 1}-12` : `${y}-${pad(mo - 1)}`;
    return { dateResolved: prev, dateBasis: DateBasis.FROM_CONTEXT, datePrecision: DatePrecision.MONTH };
  }
  return undefined;
}

const stated = (date: string, precision: DatePrecision): DateFields => ({
  date,
  dateResolved: date,
  dateBasis: DateBasis.STATED,
  datePrecision: precision,
});
