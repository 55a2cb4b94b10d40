import * as api from "../api";
import type { Explorer } from "../explorer";
import { t } from "../i18n/language";
import { timelineDate } from "../time/time";

type Positions = Map<string, [number, number, number]>;

/** What the scene holds: adding, expanding, collapsing and removing entities. */
export class Scene {
  constructor(private readonly x: Explorer) {}

  /** Adds the view's nodes (placed around `around`, or at `positions`) and every edge whose ends are in the scene. */
  merge(view: api.GraphView, around?: { x: number; y: number }, positions?: Positions): string[] {
    const graph = this.x.graph;
    const added: string[] = [];
    const fresh = view.nodes.filter(n => !graph.hasNode(n.id));
    const radius = 20 + 4 * Math.sqrt(fresh.length);
    fresh.forEach((n, i) => {
      const p = positions?.get(n.id);
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
      const c = around ?? { x: Math.random() * 100, y: Math.random() * 100 };
      graph.addNode(n.id, {
        x: p ? p[0] : c.x + radius * Math.cos(angle) + Math.random(),
        y: p ? p[1] : c.y + radius * Math.sin(angle) + Math.random(),
        fixed: p ? p[2] === 1 : false,
        data: n,
        timeline: timelineDate(n),
      });
      added.push(n.id);
    });
    for (const n of view.nodes) {
      if (!added.includes(n.id)) graph.mergeNodeAttributes(n.id, { data: n, timeline: timelineDate(n) });
    }
    for (const e of view.edges) {
      if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { data: e });
    }
    return added;
  }

  /** Fetches the relationships among all scene nodes plus `extra` (which joins the scene). */
  async connect(extra: string[], around?: { x: number; y: number }): Promise<string[]> {
    const ids = [...new Set([...this.x.graph.nodes(), ...extra])];
    return this.merge(await api.subgraphOf(ids), around);
  }

  centre(): { x: number; y: number } {
    const graph = this.x.graph;
    if (!graph.order) return { x: 0, y: 0 };
    let x = 0;
    let y = 0;
    graph.forEachNode((_n, a) => {
      x += a.x;
      y += a.y;
    });
    return { x: x / graph.order, y: y / graph.order };
  }

  async add(id: string): Promise<void> {
    await this.x.busy(t("status.adding"), async () => {
      const had = this.x.graph.hasNode(id);
      const c = this.centre();
      await this.connect([id], { x: c.x + 40, y: c.y });
      this.x.sceneChanged(!had, had ? [] : [id]);
      this.x.details.selectNode(id);
      // A node already on the canvas is picked: go to it.
      if (had) this.x.camera.show(id);
    });
  }

  async expand(id: string): Promise<void> {
    const { graph, filters } = this.x;
    const name = graph.hasNode(id) ? this.x.labels.of(id) : id;
    await this.x.busy(t("status.expanding", { name }), async () => {
      const at = graph.getNodeAttributes(id);
      const view = await api.neighbourhood(id, filters.kinds, filters.via);
      const added = this.merge(view, { x: at.x, y: at.y });
      if (added.length) await this.connect([]);
      this.x.sceneChanged(added.length > 0, added);
      this.x.status(
        t("status.expanded", { name, added: added.length, total: view.nodes.length - 1 }) +
          (view.truncated ? t("status.truncated") : ""),
      );
    });
  }

  /** Removes the neighbours that hang on this node alone (Bloom's "dismiss leaves"). */
  collapse(id: string): void {
    const { graph, paths } = this.x;
    const leaves = graph.neighbors(id).filter(n => graph.neighbors(n).every(m => m === id) && !paths.nodes.has(n));
    for (const n of leaves) graph.dropNode(n);
    this.x.sceneChanged(false);
  }

  remove(id: string): void {
    const { graph, paths, details } = this.x;
    if (!graph.hasNode(id)) return;
    graph.dropNode(id);
    this.x.selection.forget(id);
    const end = paths.ends.from === id || paths.ends.to === id;
    if (paths.nodes.has(id) || end) paths.clear(end);
    if (details.selected.node === id) details.showNothing();
    this.x.sceneChanged(false);
  }

  clear(): void {
    this.x.layout.stop();
    this.x.graph.clear();
    this.x.selection.set([]);
    this.x.paths.clear(true);
    this.x.details.showNothing();
    this.x.sizeBy.reset();
    this.x.sceneChanged(false);
  }
}
