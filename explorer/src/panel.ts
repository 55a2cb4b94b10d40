import type { EdgeData, Evidence, NodeData, PartnershipPath } from "./api";
import { dot, el } from "./dom";
import { kindColour } from "./style";

export function evidenceList(evidence: Evidence[]): HTMLElement {
  if (!evidence.length) return el("p", { className: "hint", text: "No quote recorded." });
  const box = el("div", { className: "evidence" });
  for (const ev of evidence) {
    const meta = [ev.source.title, ev.source.publisher, ev.source.publishedOn].filter(Boolean).join(" · ");
    box.append(el("blockquote", { className: "quote" }, el("div", { className: "quote-text", text: ev.quote }), el("footer", { text: meta })));
  }
  return box;
}

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

/** Each path as numbered steps, each step a sentence followed by the quotes that state it. */
export function pathSteps(paths: PartnershipPath[], onStep: (relationId: string) => void): HTMLElement[] {
  if (!paths.length) return [el("li", { className: "hint", text: "No path within 6 steps." })];
  const items: HTMLElement[] = [];
  paths.forEach((p, i) => {
    if (paths.length > 1) items.push(el("li", { className: "path-head", text: `Path ${i + 1}: ${p.length} steps` }));
    for (const s of p.steps) {
      const li = el("li", { className: "step" }, el("div", { className: "sentence", text: s.sentence }), evidenceList(s.evidence));
      li.addEventListener("click", () => onStep(s.relationId));
      items.push(li);
    }
  });
  return items;
}
