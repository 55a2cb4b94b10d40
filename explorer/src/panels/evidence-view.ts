import type { Evidence } from "../api";
import { el } from "../ui/dom";

export function evidenceList(evidence: Evidence[]): HTMLElement {
  if (!evidence.length) return el("p", { className: "hint", text: "No quote recorded." });
  const box = el("div", { className: "evidence" });
  for (const ev of evidence) {
    const meta = [ev.source.title, ev.source.publisher, ev.source.publishedOn].filter(Boolean).join(" · ");
    box.append(el("blockquote", { className: "quote" }, el("div", { className: "quote-text", text: ev.quote }), el("footer", { text: meta })));
  }
  return box;
}
