import * as api from "../api";
import type { Explorer } from "../explorer";
import { byId, el } from "../ui/dom";
import { edgeDetails, nodeDetails } from "./details-view";
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
    add("Expand", () => void scene.expand(id));
    add("Collapse", () => scene.collapse(id));
    add("Remove", () => scene.remove(id));
    add("Path from here", () => paths.setEnd("from", id));
    add("Path to here", () => paths.setEnd("to", id));
    return actions;
  }

  selectNode(id: string): void {
    const { graph, renderer } = this.x;
    if (!graph.hasNode(id)) return;
    this.selected = { node: id };
    const a = graph.getNodeAttributes(id);
    const { root, evidence } = nodeDetails(a.data, a.timeline, this.nodeActions(id));
    byId("details").replaceChildren(root);
    byId("details").scrollIntoView({ block: "start" });
    renderer.refresh();
    void this.x.busy("Loading evidence…", async () => {
      const detail = await api.entityDetail(id);
      if (this.selected.node !== id) return;
      evidence.replaceChildren(evidenceList(detail?.evidence ?? []));
      if (detail?.aliases.length) evidence.prepend(el("p", { text: `Also called: ${detail.aliases.join("、")}` }));
      this.x.refresh();
    });
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
    void this.x.busy("Loading evidence…", async () => {
      e.evidence = await api.edgeEvidence(e);
      if (this.selected.edge === id) evidence.replaceChildren(evidenceList(e.evidence));
      this.x.refresh();
    });
  }

  showNothing(): void {
    this.selected = {};
    byId("details").replaceChildren(el("p", { className: "hint", text: "Click a node or a relationship to see its properties and evidence." }));
    this.x.renderer.refresh();
  }
}
