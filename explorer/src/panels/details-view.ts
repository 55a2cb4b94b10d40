import type { EdgeData, NodeData } from "../api";
import { dot, el } from "../ui/dom";
import { kindColour } from "../style/style";
import { evidenceList } from "./evidence-view";

function propsTable(props: Record<string, unknown>): HTMLTableElement {
  const table = el("table", { className: "props" });
  for (const [k, v] of Object.entries(props).sort(([a], [b]) => a.localeCompare(b))) {
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) continue;
    table.append(el("tr", {}, el("td", { text: k }), el("td", { text: Array.isArray(v) ? v.join(", ") : String(v) })));
  }
  return table;
}

/** The selected entity: names in three scripts, properties, then (once loaded) its evidence. */
export function nodeDetails(n: NodeData, timeline: string | null, actions: HTMLElement): { root: HTMLElement; evidence: HTMLElement } {
  const evidence = el("div", {}, el("p", { className: "hint", text: "Loading evidence…" }));
  const names = [n.caption, n.captionHant !== n.caption ? n.captionHant : null, n.captionEn].filter(Boolean).join(" / ");
  const root = el(
    "div",
    { className: "node-details" },
    el("h2", {}, dot(kindColour(n.kind)), ` ${names}`),
    el("div", { className: "kind", text: `${n.kind} · ${n.id} · ${n.degree} relationships in the graph` }),
    timeline ? el("div", { text: `On the timeline at ${timeline}${n.properties.sortDate ? "" : " (date reported; the source gives no year)"}` }) : null,
    actions,
    el("h3", { text: "Properties" }),
    propsTable(n.properties),
    el("h3", { text: "Evidence" }),
    evidence,
  );
  return { root, evidence };
}

export function edgeDetails(e: EdgeData, from: string, to: string): { root: HTMLElement; evidence: HTMLElement } {
  const evidence = el("div", {}, e.evidence ? evidenceList(e.evidence) : el("p", { className: "hint", text: "Loading evidence…" }));
  const root = el(
    "div",
    { className: "edge-details" },
    el("h2", { text: `${from} —${e.type}→ ${to}` }),
    el("div", { className: "kind", text: e.id }),
    el("h3", { text: "Evidence" }),
    evidence,
  );
  return { root, evidence };
}
