import { gql } from "../api";
import { formatDate } from "../i18n/dates";
import { t } from "../i18n/language";
import { term } from "../partnership/tie-view";

/** Source titles by id, fetched once per source for the page's life (a title does not change under a reader). */
const titles = new Map<string, string>();

/** Fetches the titles of the sources not yet known; true when any arrived. */
export async function learnSourceTitles(ids: string[]): Promise<boolean> {
  const missing = [...new Set(ids)].filter(id => !titles.has(id));
  if (!missing.length) return false;
  const vars = missing.map((_, i) => `$s${i}: ID!`).join(", ");
  const fields = missing.map((_, i) => `s${i}: source(id: $s${i}) { title }`).join(" ");
  const data = await gql<Record<string, { title: string } | null>>(
    `query(${vars}) { ${fields} }`,
    Object.fromEntries(missing.map((id, i) => [`s${i}`, id])),
  );
  missing.forEach((id, i) => titles.set(id, data[`s${i}`]?.title ?? id));
  return true;
}

// Stored fields a reader does not need apart: the date's parts are read together, as one date with its basis.
const FOLDED = new Set(["date", "dateResolved", "dateBasis", "datePrecision", "year", "sortDate", "sourceModalities"]);

/**
 * An entity's stored properties as a reader reads them: its sources by title, not id; its date once, as
 * precise as known and with how it is known (2022年11月19日（据网页日期推定）); its modality in words.
 */
export function readableProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!FOLDED.has(k)) out[k] = v;
  if (Array.isArray(props.sources)) out.sources = props.sources.map(id => titles.get(String(id)) ?? String(id));
  if (typeof props.modality === "string") out.modality = term("modality", props.modality);
  const date = [props.dateResolved, props.date, props.sortDate].find((d): d is string => typeof d === "string");
  if (date) {
    const basis = typeof props.dateBasis === "string" ? props.dateBasis : null;
    out.when = basis ? t("date.withBasis", { date: formatDate(date), basis: term("basis", basis) }) : formatDate(date);
  }
  return out;
}
