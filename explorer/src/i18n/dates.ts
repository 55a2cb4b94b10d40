import { language, t } from "./language";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A partial ISO date the way the language writes it, with no more precision than it has:
 * 2022 → 2022年 / 2022; 2022-09 → 2022年9月 / Sep 2022; 2022-09-07 → 2022年9月7日 / 7 Sep 2022;
 * a day without its year (--09-07) stays yearless: 9月7日 / 7 Sep.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?/.exec(iso);
  if (!m) return iso;
  const year = m[1] === "-" ? null : m[1]!;
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (language() === "en") {
    return [day, month ? MONTHS[month - 1] : null, year].filter(v => v !== null).join(" ");
  }
  return `${year ? `${year}年` : ""}${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
}

/** A date whose year is not stated says so. */
export function formatDateWithBasis(iso: string | null | undefined, inferred: boolean): string {
  const text = formatDate(iso);
  return inferred && text ? `${text}${t("date.noYear")}` : text;
}
