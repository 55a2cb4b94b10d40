import { el } from "../ui/dom";
import type { EntityCandidate, FigureCandidate, RelationCandidate } from "./api";

export type Verdict = "proposed" | "accepted" | "rejected";
export type AnyCandidate =
  | ({ what: "entity" } & EntityCandidate)
  | ({ what: "relation" } & RelationCandidate)
  | ({ what: "figure" } & FigureCandidate);

export interface CardActions {
  verdict(key: string): Verdict;
  setVerdict(key: string, v: Verdict): void;
  /** Applies a curator's edit of the candidate's main fields. */
  edit(key: string, changes: Record<string, string>): void;
  nameOf(id: string): string;
}

const EDITABLE: Record<AnyCandidate["what"], string[]> = {
  entity: ["name", "kind", "id"],
  relation: ["type", "modality"],
  figure: ["key", "value", "unit"],
};

function summary(c: AnyCandidate, a: CardActions): string {
  if (c.what === "entity") return `${c.kind} · ${c.name}${c.mergeWith ? ` (merges with ${c.mergeWith})` : ""}`;
  if (c.what === "relation")
    return `${a.nameOf(c.from)} —${c.type}→ ${a.nameOf(c.to)} · ${c.modality}${c.roleText ? ` · ${c.roleText}` : ""}`;
  return `${a.nameOf(c.owner)} · ${c.key} = ${c.value} ${c.unit}${c.qualifier ? ` (${c.qualifier})` : ""}`;
}

/** One card per candidate, by confidence: summary, quote, rule, and accept / edit / reject. */
export function renderCards(container: HTMLElement, list: AnyCandidate[], a: CardActions, rerender: () => void): void {
  container.replaceChildren();
  for (const c of [...list].sort((x, y) => y.confidence - x.confidence)) {
    const verdict = a.verdict(c.candidateKey);
    const card = el("li", { className: `card ${c.what} ${verdict}` });
    card.dataset.key = c.candidateKey;
    const button = (label: string, v: Verdict) => {
      const b = el("button", { text: label, className: `verdict-${v}` });
      b.type = "button";
      b.addEventListener("click", () => {
        a.setVerdict(c.candidateKey, verdict === v ? "proposed" : v);
        rerender();
      });
      return b;
    };
    const editButton = el("button", { text: "edit", className: "edit" });
    editButton.type = "button";
    editButton.addEventListener("click", () => {
      const form = el("form", { className: "edit-form" });
      const record = c as unknown as Record<string, unknown>;
      for (const field of EDITABLE[c.what]) {
        const input = el("input");
        input.name = field;
        input.value = String(record[field] ?? "");
        form.append(el("label", { text: field }, input));
      }
      const save = el("button", { text: "save" });
      form.append(save);
      form.addEventListener("submit", ev => {
        ev.preventDefault();
        const changes: Record<string, string> = {};
        for (const field of EDITABLE[c.what])
          changes[field] = (form.elements.namedItem(field) as HTMLInputElement).value;
        a.edit(c.candidateKey, changes);
        a.setVerdict(c.candidateKey, "accepted");
        rerender();
      });
      card.append(form);
    });
    card.append(
      el(
        "div",
        { className: "head" },
        el("span", { className: "conf", text: c.confidence.toFixed(2) }),
        el("span", { className: "what", text: summary(c, a) }),
      ),
      el("blockquote", { text: c.quote }),
      el("div", { className: "meta", text: `${c.what} · ${c.rule} · ${verdict}` }),
      el("div", { className: "actions" }, button("accept", "accepted"), editButton, button("reject", "rejected")),
    );
    container.append(card);
  }
}
