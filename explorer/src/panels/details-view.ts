import type { EdgeData, NodeData } from "../api";
import { formatDate } from "../i18n/dates";
import { kindName, t } from "../i18n/language";
import type { MessageKey } from "../i18n/messages";
import { MESSAGES } from "../i18n/messages";
import { relationTypeName } from "../style/style";
import { el } from "../ui/dom";
import { evidenceList } from "./evidence-view";
import { readableProperties } from "./readable-values";
import { relationDateParts } from "./relation-date";
import { term } from "../partnership/tie-view";

/** When the relationship happened, with how that is known and how precisely, or that nothing dates it. */
function relationDateLine(e: EdgeData): HTMLElement {
  const parts = relationDateParts(e.when);
  if (!parts) return el("div", { className: "kind relation-date", text: t("details.relationUndated") });
  const date = t("date.withBasisPrecision", {
    date: formatDate(parts.date),
    basis: term("basis", parts.basis),
    precision: term("precision", parts.precision),
  });
  const line = el("div", { className: "kind relation-date", text: t("details.relationDate", { date }) });
  line.dataset.basis = parts.basis;
  line.dataset.precision = parts.precision;
  line.classList.toggle("inferred", parts.inferred);
  return line;
}

/** A property's name in the interface language; a key the catalogue does not know is shown as data. */
function propertyName(key: string): HTMLElement {
  const known = `prop.${key}` in MESSAGES;
  return el("td", { className: known ? "" : "data", text: known ? t(`prop.${key}` as MessageKey) : key });
}

/** A value of a closed vocabulary in the interface language; any other value as it is stored. */
function propertyValue(key: string, value: unknown): string {
  const known = `value.${key}.${String(value)}`;
  return known in MESSAGES ? t(known as MessageKey) : String(value);
}

export function propsTable(props: Record<string, unknown>): HTMLTableElement {
  const table = el("table", { className: "props" });
  for (const [k, v] of Object.entries(props).sort(([a], [b]) => a.localeCompare(b))) {
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) continue;
    const text = Array.isArray(v)
      ? v.join(", ")
      : k === "kind"
        ? kindName(String(v))
        : /date|On$/i.test(k) && typeof v === "string"
          ? formatDate(v)
          : propertyValue(k, v);
    table.append(el("tr", {}, propertyName(k), el("td", { className: "data", text })));
  }
  return table;
}

/** The selected entity: names in three scripts, properties, then (once loaded) its evidence. */
export function nodeDetails(
  n: NodeData,
  timeline: string | null,
  actions: HTMLElement,
  /** The entity's dot, in the colour the active rule gives it. */
  colour: HTMLElement,
): { root: HTMLElement; evidence: HTMLElement } {
  const evidence = el("div", {}, el("p", { className: "hint", text: t("details.loading") }));
  const names = [n.caption, n.captionHant !== n.caption ? n.captionHant : null, n.captionEn]
    .filter(Boolean)
    .join(" / ");
  const inferred = !n.properties.sortDate;
  const root = el(
    "div",
    { className: "node-details" },
    el("h2", {}, colour, " ", el("span", { className: "data", text: names })),
    el("div", { className: "kind", text: t("details.kindLine", { kind: kindName(n.kind), degree: n.degree }) }),
    timeline
      ? el("div", {
          text: t("details.timeline", { date: formatDate(timeline) }) + (inferred ? t("details.reported") : ""),
        })
      : null,
    actions,
    el("h3", { text: t("details.properties") }),
    propsTable(readableProperties(n.properties)),
    el("h3", { text: t("details.evidence") }),
    evidence,
  );
  return { root, evidence };
}

export function edgeDetails(e: EdgeData, from: string, to: string): { root: HTMLElement; evidence: HTMLElement } {
  const evidence = el(
    "div",
    {},
    e.evidence ? evidenceList(e.evidence) : el("p", { className: "hint", text: t("details.loading") }),
  );
  const dates = [...new Set(e.dates)].sort().map(formatDate).join("、");
  const root = el(
    "div",
    { className: "edge-details" },
    el(
      "h2",
      {},
      el("span", { className: "data", text: from }),
      ` —${relationTypeName(e.type)}→ `,
      el("span", { className: "data", text: to }),
    ),
    e.modality !== "ACTUAL"
      ? el("div", {
          className: "kind modality",
          text: t(e.modality === "PLANNED" ? "details.planned" : "details.aspiration"),
        })
      : null,
    e.evidenceKind !== "STATED"
      ? el("div", {
          className: "kind evidence-kind",
          text: t(e.evidenceKind === "BACKGROUND" ? "details.background" : "details.implied"),
        })
      : null,
    relationDateLine(e),
    dates ? el("div", { className: "kind", text: t("details.relationDates", { dates }) }) : null,
    el("h3", { text: t("details.evidence") }),
    evidence,
  );
  return { root, evidence };
}
