import { formatDate } from "../i18n/dates";
import { t } from "../i18n/language";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { evidenceList } from "../panels/evidence-view";
import { el } from "../ui/dom";
import type { Tie, TieDate } from "./partnership-api";

/** A word of a closed vocabulary (tie kind, modality, date basis, level, precision, evidence kind) in the interface language. */
export function term(
  group: "tieKind" | "modality" | "basis" | "level" | "precision" | "evidenceKind",
  value: string,
): string {
  const key = group === "evidenceKind" ? `value.evidenceKind.${value}` : `${group}.${value}`;
  return key in MESSAGES ? t(key as MessageKey) : value;
}

/** How a fact is supported, in words, when no quote states it ("" when one does). */
export function unstated(evidenceKind: string | null | undefined): string {
  return evidenceKind && evidenceKind !== "STATED" ? term("evidenceKind", evidenceKind) : "";
}

/** A date as precise as it is known, with how it is known: "2022年9月7日（原文所述）" / "7 Sep 2022 (stated)". */
export function dateWithBasis(d: TieDate | null | undefined): string {
  if (!d?.date) return t("date.none");
  const date = formatDate(d.date);
  return d.basis ? t("date.withBasis", { date, basis: term("basis", d.basis) }) : date;
}

/** A tie's kinds, weight, modality and dates on one line. */
export function tieSummary(tie: Tie): string {
  return t("tie.summary", {
    kinds: tie.kinds.map(k => term("tieKind", k)).join(" + "),
    weight: Math.round(tie.weight * 100) / 100,
    modality: term("modality", tie.modality),
  });
}

/** A tie in the side panel: its summary, dates, member ties (at city level), and each strand with its quotes. */
export function tieDetails(tie: Tie, a: string, b: string): HTMLElement {
  const strands = el("ol", { className: "strands" });
  for (const s of tie.strands) {
    strands.append(
      el(
        "li",
        { className: `strand modality-${s.modality.toLowerCase()}` },
        el("div", {
          text: [
            t("tie.strand", {
              kind: term("tieKind", s.kind),
              via: s.viaName ?? "—",
              modality: term("modality", s.modality),
              date: dateWithBasis(s.date),
            }),
            unstated(s.evidenceKind),
          ]
            .filter(Boolean)
            .join(" · "),
        }),
        evidenceList(s.evidence),
      ),
    );
  }
  return el(
    "div",
    { className: "tie-details" },
    el("h2", {}, el("span", { className: "data", text: a }), " — ", el("span", { className: "data", text: b })),
    el("div", { className: "kind", text: `${t("tie.title")}: ${tieSummary(tie)}` }),
    el("div", {
      className: "tie-dates",
      text: t("tie.dates", { first: dateWithBasis(tie.first), last: dateWithBasis(tie.last) }),
    }),
    tie.members.length ? el("div", { className: "kind", text: t("tie.members", { count: tie.members.length }) }) : null,
    el("h3", { text: t("details.evidence") }),
    strands,
  );
}
