import { t } from "../i18n/language";
import { evidenceList } from "../panels/evidence-view";
import type { Chain, ChainStep } from "../partnership/partnership-api";
import { dateWithBasis, term, unstated } from "../partnership/tie-view";
import { el } from "../ui/dom";

export interface ChainHandlers {
  /** The caption of an entity on the path, in the interface language. */
  name: (id: string) => string;
  onStep: (path: number, step: number) => void;
  onToggle: (path: number, shown: boolean) => void;
  onCopy: (path: number) => void;
}

/** What a step says before its quotes: its sentence (facts) or its two ends and tie kinds (partnership). */
export function stepSentence(s: ChainStep, name: (id: string) => string): string {
  if (!s.tie) return s.sentence ?? "";
  return `${name(s.from.id)} — ${name(s.to.id)}: ${s.tie.kinds.map(k => term("tieKind", k)).join(" + ")}`;
}

/**
 * A step's modality, its support when no quote states it (a fact's own, or for a tie its best strand's), and
 * for a tie its dates with how they are known.
 */
export function stepMeta(s: ChainStep): string {
  const modality = [term("modality", s.modality), unstated(s.tie ? s.tie.evidenceKind : s.evidenceKind)]
    .filter(Boolean)
    .join(" · ");
  if (!s.tie) return modality;
  const { first, last } = s.tie;
  const dates =
    first?.date && last?.date && first.date !== last.date
      ? `${dateWithBasis(first)} – ${dateWithBasis(last)}`
      : dateWithBasis(first ?? last);
  return `${modality} · ${dates}`;
}

/** Each path with its colour, a toggle and a copy button, and its steps numbered from 1 with their quotes. */
export function chainList(paths: Chain[], colours: string[], shown: boolean[], on: ChainHandlers): HTMLElement[] {
  if (!paths.length) return [el("p", { className: "hint", text: t("path.none") })];
  return paths.map((p, i) => {
    const steps = el("ol", { className: "steps" });
    p.steps.forEach((s, n) => {
      const body = el(
        "div",
        { className: "step-body" },
        el("div", { className: "sentence", text: stepSentence(s, on.name) }),
        el("div", { className: "step-meta", text: stepMeta(s) }),
        evidenceList(s.evidence),
      );
      const li = el(
        "li",
        { className: `step modality-${s.modality.toLowerCase()}` },
        el("span", { className: "step-no", text: `${n + 1}.` }),
        body,
      );
      li.tabIndex = 0;
      li.addEventListener("click", () => on.onStep(i, n));
      li.addEventListener("keydown", e => e.key === "Enter" && on.onStep(i, n));
      steps.append(li);
    });
    const toggle = el("input");
    toggle.type = "checkbox";
    toggle.className = "path-toggle";
    toggle.checked = shown[i] ?? true;
    toggle.setAttribute("aria-label", t("path.toggle", { n: i + 1 }));
    toggle.addEventListener("change", () => on.onToggle(i, toggle.checked));
    const swatch = el("span", { className: "swatch" });
    swatch.style.background = colours[i % colours.length]!;
    const copy = el("button", { className: "path-copy", text: t("path.copy") });
    copy.type = "button";
    copy.addEventListener("click", () => on.onCopy(i));
    const head = el(
      "div",
      { className: "path-head" },
      toggle,
      swatch,
      el("span", { text: t("path.head", { n: i + 1, steps: p.length }) }),
      copy,
    );
    const section = el("section", { className: `path${shown[i] === false ? " hidden-path" : ""}` }, head, steps);
    section.dataset.path = String(i);
    return section;
  });
}
