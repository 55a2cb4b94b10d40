import * as api from "../api";
import type { PartnershipPath } from "../api";
import type { Explorer } from "../explorer";
import { byId } from "../ui/dom";
import { API_LANG, language, t } from "../i18n/language";
import { pathSteps } from "./path-steps-view";

/** The path box: two ends picked on the canvas, the paths between them highlighted and read as steps. */
export class PathFinder {
  ends: { from: string | null; to: string | null } = { from: null, to: null };
  found: PartnershipPath[] = [];
  nodes = new Set<string>();
  edges = new Set<string>();

  constructor(private readonly x: Explorer) {
    byId("path-show").addEventListener("click", () => void this.show());
    byId("path-clear").addEventListener("click", () => this.clear(true));
  }

  get k(): number {
    return Number(byId<HTMLSelectElement>("path-mode").value);
  }

  set k(k: number) {
    byId<HTMLSelectElement>("path-mode").value = String(k);
  }

  /** The ends' names in the chosen caption script. */
  relabel(): void {
    for (const end of ["from", "to"] as const) {
      const id = this.ends[end];
      byId(`path-${end}`).textContent = id && this.x.graph.hasNode(id) ? this.x.labels.of(id) : "—";
    }
  }

  /** The steps as sentences in the interface language (the API words them). */
  renderSteps(): void {
    byId("path-steps").replaceChildren(...pathSteps(this.found, rel => this.x.details.selectEdge(rel)));
  }

  setEnd(end: "from" | "to", id: string): void {
    this.ends[end] = id;
    this.relabel();
    byId<HTMLButtonElement>("path-show").disabled = !(this.ends.from && this.ends.to);
    this.x.persist();
  }

  async show(): Promise<void> {
    const { from, to } = this.ends;
    if (!from || !to) return;
    const k = this.k;
    await this.x.busy(t("path.busy"), async () => {
      const found = await api.paths(from, to, k > 1 ? "K_SHORTEST" : "SHORTEST", k, API_LANG[language()]);
      const ids = [...new Set(found.flatMap(p => p.nodes.map(n => n.id)))];
      const a = this.x.graph.getNodeAttributes(from);
      const b = this.x.graph.getNodeAttributes(to);
      const added = await this.x.scene.connect(ids, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      this.found = found;
      this.nodes = new Set(ids);
      this.edges = new Set(found.flatMap(p => p.steps.map(s => s.relationId)));
      this.renderSteps();
      this.x.sceneChanged(added.length > 0, ids);
      this.x.status(found.length ? t("path.found", { count: found.length, steps: found[0]!.length }) : t("path.none"));
    });
  }

  clear(ends: boolean): void {
    this.found = [];
    this.nodes.clear();
    this.edges.clear();
    byId("path-steps").replaceChildren();
    if (ends) {
      this.ends = { from: null, to: null };
      byId("path-from").textContent = "—";
      byId("path-to").textContent = "—";
      byId<HTMLButtonElement>("path-show").disabled = true;
    }
    this.x.renderer.refresh();
    this.x.persist();
  }
}
