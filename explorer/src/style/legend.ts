import type { Explorer } from "../explorer";
import { byId, dot, el } from "../ui/dom";
import { KINDS, kindColour, NOT_YET_COLOUR } from "./style";
import { INFERRED_COLOUR, INFERRED_NOT_YET_COLOUR } from "../time/inferred-colours";
import { kindName, t } from "../i18n/language";

/** The legend lists the kinds in the scene; a click hides or shows a kind. */
export class Legend {
  hiddenKinds = new Set<string>();

  constructor(private readonly x: Explorer) {}

  render(): void {
    const present = new Set(this.x.graph.mapNodes((_n, a) => a.data.kind));
    const items = KINDS.filter(k => present.has(k) || this.hiddenKinds.has(k)).map(k => {
      const count = this.x.graph.filterNodes((_n, a) => a.data.kind === k).length;
      // The dots are the nodes' colours only while nodes are coloured by kind; the list stays as the kind filter.
      const colour = this.x.colourBy.rule.by === "KIND" ? dot(kindColour(k)) : null;
      const li = el("li", { title: t("legend.title") }, colour, t("legend.count", { name: kindName(k), count }));
      li.tabIndex = 0;
      li.addEventListener("keydown", e => (e.key === "Enter" || e.key === " ") && this.toggle(k));
      li.classList.toggle("off", this.hiddenKinds.has(k));
      li.addEventListener("click", () => this.toggle(k));
      return li;
    });
    // Planned and hoped-for links are drawn in their own colour; the legend says which.
    if (this.x.graph.someEdge((_e, a) => a.data.modality !== "ACTUAL")) {
      items.push(el("li", { className: "not-yet" }, dot(NOT_YET_COLOUR), t("legend.notYet")));
    }
    // While the time slider sets a bound, links it places by an inferred date are drawn marked.
    const marked = this.x.graph.filterEdges((_e, a) => this.x.time.marksInferred(a));
    if (marked.length) {
      const notYet = (e: string) => this.x.graph.getEdgeAttribute(e, "data").modality !== "ACTUAL";
      if (marked.some(e => !notYet(e))) {
        items.push(el("li", { className: "inferred" }, dot(INFERRED_COLOUR), t("legend.inferred")));
      }
      if (marked.some(notYet)) {
        items.push(el("li", { className: "inferred" }, dot(INFERRED_NOT_YET_COLOUR), t("legend.inferredNotYet")));
      }
    }
    byId("legend").replaceChildren(...items);
    byId("legend").hidden = !items.length;
    this.x.styleLegend.render();
  }

  private toggle(kind: string): void {
    if (this.hiddenKinds.has(kind)) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.render();
    this.x.refresh();
    this.x.persist();
  }
}
