import * as api from "../api";
import type { Explorer } from "../explorer";
import { byId, el } from "../ui/dom";
import { kindName, t } from "../i18n/language";
import { caption } from "../style/style";
import { edgeDetails, nodeDetails, propsTable } from "./details-view";
import { learnSourceTitles, readableProperties } from "./readable-values";
import { evidenceList } from "./evidence-view";

/** The side panel's details: the selected entity or relationship, its properties and evidence. */
export class Details {
  selected: { node?: string; edge?: string } = {};

  constructor(private readonly x: Explorer) {}

  private nodeActions(id: string): HTMLElement {
    const { scene, paths } = this.x;
    const actions = el("div", { className: "actions" });
    const add = (label: string, run: () => void) => {
      const b = el("button", { text: label });
      b.type = "button";
      b.addEventListener("click", run);
      actions.append(b, " ");
    };
    add(t("action.expand"), () => void scene.expand(id));
    add(t("action.collapse"), () => scene.collapse(id));
    add(t("action.remove"), () => scene.remove(id));
    add(t("action.pathFrom"), () => paths.setEnd("from", id));
    add(t("action.pathTo"), () => paths.setEnd("to", id));
    return actions;
  }

  selectNode(id: string): void {
    const { graph, renderer } = this.x;
    if (!graph.hasNode(id)) return;
    this.selected = { node: id };
    const a = graph.getNodeAttributes(id);
    const { root, evidence } = nodeDetails(
      a.data,
      a.timeline,
      this.nodeActions(id),
      this.x.colourBy.dotOf(id, a.data.kind),
    );
    root.dataset.node = id;
    byId("details").replaceChildren(root);
    byId("details").scrollIntoView({ block: "start" });
    renderer.refresh();
    void this.x.busy(t("details.loading"), async () => {
      const detail = await api.entityDetail(id);
      if (this.selected.node !== id) return;
      evidence.replaceChildren(evidenceList(detail?.evidence ?? []));
      void this.showNeighbours(id, root);
      void this.showSourceTitles(id, root);
      if (detail?.aliases.length) {
        evidence.prepend(
          el("p", {}, t("details.aliases"), el("span", { className: "data", text: detail.aliases.join("、") })),
        );
      }
      this.x.refresh();
    });
  }

  /** The properties again once the titles of the entity's sources are known (they name sources by id). */
  private async showSourceTitles(id: string, root: HTMLElement): Promise<void> {
    const props = this.x.graph.getNodeAttribute(id, "data").properties;
    const ids = Array.isArray(props.sources) ? props.sources.map(String) : [];
    const learnt = await learnSourceTitles(ids).catch(() => false);
    if (learnt && this.selected.node === id) {
      root.querySelector("table.props")?.replaceWith(propsTable(readableProperties(props)));
    }
  }

  /** The entity's neighbours in the whole graph, each one click from joining the scene. */
  private async showNeighbours(id: string, root: HTMLElement): Promise<void> {
    const view = await api.neighbourhood(id, [], [], 60).catch(() => null);
    if (!view || this.selected.node !== id) return;
    const list = el("ul", { className: "neighbours" });
    for (const n of view.nodes) {
      if (n.id === id) continue;
      const li = el(
        "li",
        { title: t("details.neighboursHint") },
        this.x.colourBy.dotOf(n.id, n.kind),
        el("span", { className: "data", text: caption(n, this.x.script) }),
        el("span", { className: "kind", text: kindName(n.kind) }),
      );
      li.dataset.id = n.id;
      li.tabIndex = 0;
      li.classList.toggle("in-scene", this.x.graph.hasNode(n.id));
      const add = () => void this.x.scene.add(n.id);
      li.addEventListener("click", add);
      li.addEventListener("keydown", e => e.key === "Enter" && add());
      list.append(li);
    }
    root.append(el("h3", { text: t("details.neighbours") }), list);
  }

  selectEdge(id: string): void {
    const { graph, renderer } = this.x;
    if (!graph.hasEdge(id)) return;
    this.selected = { edge: id };
    const e = graph.getEdgeAttribute(id, "data");
    const name = (n: string) => this.x.labels.of(n);
    const { root, evidence } = edgeDetails(e, name(e.source), name(e.target));
    byId("details").replaceChildren(root);
    byId("details").scrollIntoView({ block: "start" });
    renderer.refresh();
    if (e.evidence) return;
    void this.x.busy(t("details.loading"), async () => {
      e.evidence = await api.edgeEvidence(e);
      if (this.selected.edge === id) evidence.replaceChildren(evidenceList(e.evidence));
      this.x.refresh();
    });
  }

  showNothing(): void {
    this.selected = {};
    byId("details").replaceChildren(el("p", { className: "hint", text: t("details.hint") }));
    this.x.renderer.refresh();
  }
}
