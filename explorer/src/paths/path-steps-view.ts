import type { PartnershipPath } from "../api";
import { evidenceList } from "../panels/evidence-view";
import { el } from "../ui/dom";
import { t } from "../i18n/language";

/** Each path as its own list of steps numbered from 1, each step a sentence followed by the quotes that state it. */
export function pathSteps(paths: PartnershipPath[], onStep: (relationId: string) => void): HTMLElement[] {
  if (!paths.length) return [el("p", { className: "hint", text: t("path.none") })];
  return paths.map((p, i) => {
    const steps = el("ol", { className: "steps" });
    p.steps.forEach((s, n) => {
      const body = el(
        "div",
        { className: "step-body" },
        el("div", { className: "sentence", text: s.sentence }),
        evidenceList(s.evidence),
      );
      const li = el("li", { className: "step" }, el("span", { className: "step-no", text: `${n + 1}.` }), body);
      li.tabIndex = 0;
      li.addEventListener("click", () => onStep(s.relationId));
      li.addEventListener("keydown", e => e.key === "Enter" && onStep(s.relationId));
      steps.append(li);
    });
    const head =
      paths.length > 1
        ? el("div", { className: "path-head", text: t("path.head", { n: i + 1, steps: p.length }) })
        : null;
    return el("section", { className: "path" }, head, steps);
  });
}
