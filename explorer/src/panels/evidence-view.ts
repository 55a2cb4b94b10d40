import type { Evidence } from "../api";
import { el } from "../ui/dom";
import { t } from "../i18n/language";
import { formatDate } from "../i18n/dates";

export function evidenceList(evidence: Evidence[]): HTMLElement {
  if (!evidence.length) return el("p", { className: "hint", text: t("details.noQuote") });
  const box = el("div", { className: "evidence" });
  for (const ev of evidence) {
    const meta = [ev.source.title, ev.source.publisher, formatDate(ev.source.publishedOn)].filter(Boolean).join(" · ");
    box.append(
      el(
        "blockquote",
        { className: "quote" },
        el("div", { className: "quote-text", text: ev.quote }),
        el("footer", { text: meta }),
      ),
    );
  }
  return box;
}
