import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import * as api from "./api";
import type { EdgeData, NodeData, PartnershipPath } from "./api";
import { byId, dot, el } from "./dom";
import { download, toGexf, toGraphml, toJson, toPng, type ExportEdge, type ExportNode } from "./export";
import { Layout } from "./layout";
import { edgeDetails, nodeDetails, pathSteps, evidenceList } from "./panel";
import { decodeScene, encodeScene, type SceneState } from "./share";
import { caption, DIMMED, KINDS, kindColour, PATH_COLOUR, RELATION_TYPES, sizeFor, type Script, type SizeBy } from "./style";
import { dayToIso, inWindow, timelineDate, toDay, type TimeWindow } from "./time";

interface NodeAttrs {
  x: number;
  y: number;
  data: NodeData;
  timeline: string | null;
  fixed?: boolean;
}
interface EdgeAttrs {
  data: EdgeData;
}

/** Above this many edges, edges are drawn as 1-pixel lines and hidden while the camera moves. */
const LARGE_SCENE_EDGES = 3000;

class Explorer {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "directed", allowSelfLoops: true });
  readonly renderer: Sigma<NodeAttrs, EdgeAttrs>;
  readonly layout: Layout;
  script: Script = "hans";
  sizeBy: SizeBy = "NONE";
  hiddenKinds = new Set<string>();
  expandKinds: string[] = [];
  expandVia: string[] = [];
  time: TimeWindow | null = null;
  timeDomain: { min: number; max: number } | null = null;
  pathEnds: { from: string | null; to: string | null } = { from: null, to: null };
  paths: PartnershipPath[] = [];
  pathNodes = new Set<string>();
  pathEdges = new Set<string>();
  selected: { node?: string; edge?: string } = {};
  scores = new Map<string, number>();
  maxScore = 0;
  pending = 0;
  /** Milestones of the page's start (ms since navigation), for the benchmark. */
  readonly timings: { fetched?: number; firstRender?: number } = {};
  dragging: string | null = null;
  private persistTimer = 0;
  private scoresTimer = 0;
  private menuNode: string | null = null;

  constructor() {
    this.renderer = new Sigma<NodeAttrs, EdgeAttrs>(this.graph, byId("canvas"), {
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: "arrow",
      // The programs are generic over attributes they never read.
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram } as unknown as Settings<NodeAttrs, EdgeAttrs>["edgeProgramClasses"],
      labelRenderedSizeThreshold: 5,
      labelFont: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif',
      labelDensity: 0.6,
      nodeReducer: (node, a) => this.nodeStyle(node, a),
      edgeReducer: (edge, a) => this.edgeStyle(edge, a),
    });
    this.layout = new Layout(this.graph);
    this.layout.onStop = () => {
      byId("layout").textContent = "Layout";
      if (this.graph.size > LARGE_SCENE_EDGES) this.renderer.refresh();
      this.persist();
    };
    this.bindCanvas();
    this.bindToolbar();
    this.bindTime();
    this.bindPath();
    this.renderLegend();
  }

  // ---- styling --------------------------------------------------------------------------------

  private visible(a: NodeAttrs): boolean {
    if (this.hiddenKinds.has(a.data.kind)) return false;
    return a.data.kind !== "Agreement" && a.data.kind !== "Event" ? true : inWindow(a.timeline, this.time);
  }

  private nodeStyle(node: string, a: NodeAttrs): Partial<NodeDisplayData> {
    const res: Partial<NodeDisplayData> = {
      x: a.x,
      y: a.y,
      label: caption(a.data, this.script),
      color: kindColour(a.data.kind),
      size: this.sizeBy === "NONE" ? 6 : sizeFor(this.scores.get(node), this.maxScore),
      zIndex: 1,
    };
    if (!this.visible(a)) res.hidden = true;
    if (this.pathNodes.size) {
      if (this.pathNodes.has(node)) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 3 });
      else Object.assign(res, { color: DIMMED, label: "", zIndex: 0 });
    }
    if (this.selected.node === node) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 4 });
    return res;
  }

  private edgeStyle(edge: string, _a: EdgeAttrs): Partial<EdgeDisplayData> {
    const large = this.graph.size > LARGE_SCENE_EDGES;
    const res: Partial<EdgeDisplayData> = { color: "#c4c4c4", size: 1, type: large ? "line" : "arrow", zIndex: 1 };
    // In a large scene every frame of a drag or a layout would redraw every edge: draw only the dragged
    // node's edges while it moves, and none while the layout runs (they come back when it stops).
    if (large && this.dragging && !this.graph.hasExtremity(edge, this.dragging)) res.hidden = true;
    if (large && this.layout?.running) res.hidden = true;
    if (this.pathEdges.has(edge)) Object.assign(res, { color: PATH_COLOUR, size: 4, type: "arrow", zIndex: 3 });
    else if (this.pathNodes.size) Object.assign(res, { color: "#eeeeee", zIndex: 0 });
    if (this.selected.edge === edge) Object.assign(res, { color: "#222", size: 3, type: "arrow", zIndex: 4 });
    return res;
  }

  refresh(): void {
    const large = this.graph.size > LARGE_SCENE_EDGES;
    if (this.renderer.getSetting("hideEdgesOnMove") !== large) {
      this.renderer.setSetting("hideEdgesOnMove", large);
      this.renderer.setSetting("hideLabelsOnMove", large);
    }
    this.renderer.refresh();
    const hidden = this.graph.filterNodes((_n, a) => !this.visible(a)).length;
    this.status(`${this.graph.order} nodes, ${this.graph.size} relationships${hidden ? `, ${hidden} hidden by filters` : ""}`);
  }

  status(text: string, error = false): void {
    const s = byId("status");
    s.textContent = text;
    s.classList.toggle("error", error);
  }

  private async busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    this.status(label);
    try {
      return await work();
    } catch (err) {
      this.status(`${label.replace(/…$/, "")} failed: ${(err as Error).message}`, true);
      return undefined;
    } finally {
      this.pending--;
    }
  }

  // ---- scene ----------------------------------------------------------------------------------

  /** Adds the view's nodes (placed around `around`, or at `positions`) and every edge whose ends are in the scene. */
  merge(view: api.GraphView, around?: { x: number; y: number }, positions?: Map<string, [number, number, number]>): string[] {
    const added: string[] = [];
    const fresh = view.nodes.filter(n => !this.graph.hasNode(n.id));
    const radius = 20 + 4 * Math.sqrt(fresh.length);
    fresh.forEach((n, i) => {
      const p = positions?.get(n.id);
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
      const c = around ?? { x: Math.random() * 100, y: Math.random() * 100 };
      this.graph.addNode(n.id, {
        x: p ? p[0] : c.x + radius * Math.cos(angle) + Math.random(),
        y: p ? p[1] : c.y + radius * Math.sin(angle) + Math.random(),
        fixed: p ? p[2] === 1 : false,
        data: n,
        timeline: timelineDate(n),
      });
      added.push(n.id);
    });
    for (const n of view.nodes) if (!added.includes(n.id)) this.graph.mergeNodeAttributes(n.id, { data: n, timeline: timelineDate(n) });
    for (const e of view.edges) {
      if (this.graph.hasEdge(e.id) || !this.graph.hasNode(e.source) || !this.graph.hasNode(e.target)) continue;
      this.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { data: e });
    }
    return added;
  }

  /** Fetches the relationships among all scene nodes plus `extra` (which joins the scene). */
  private async connect(extra: string[], around?: { x: number; y: number }): Promise<string[]> {
    const ids = [...new Set([...this.graph.nodes(), ...extra])];
    return this.merge(await api.subgraphOf(ids), around);
  }

  private centre(): { x: number; y: number } {
    if (!this.graph.order) return { x: 0, y: 0 };
    let x = 0;
    let y = 0;
    this.graph.forEachNode((_n, a) => {
      x += a.x;
      y += a.y;
    });
    return { x: x / this.graph.order, y: y / this.graph.order };
  }

  async addEntity(id: string): Promise<void> {
    await this.busy("Adding…", async () => {
      const had = this.graph.hasNode(id);
      const c = this.centre();
      await this.connect([id], { x: c.x + 40, y: c.y });
      this.sceneChanged(!had);
      this.selectNode(id);
    });
  }

  async expand(id: string): Promise<void> {
    const name = this.graph.hasNode(id) ? caption(this.graph.getNodeAttribute(id, "data"), this.script) : id;
    await this.busy(`Expanding ${name}…`, async () => {
      const at = this.graph.getNodeAttributes(id);
      const view = await api.neighbourhood(id, this.expandKinds, this.expandVia);
      const added = this.merge(view, { x: at.x, y: at.y });
      if (added.length) await this.connect([]);
      this.sceneChanged(added.length > 0);
      this.status(`Expanded ${name}: ${added.length} new of ${view.nodes.length - 1} neighbours${view.truncated ? " (first 200 only)" : ""}`);
    });
  }

  /** Removes the neighbours that hang on this node alone (Bloom's "dismiss leaves"). */
  collapse(id: string): void {
    const leaves = this.graph.neighbors(id).filter(n => this.graph.neighbors(n).every(m => m === id) && !this.pathNodes.has(n));
    for (const n of leaves) this.graph.dropNode(n);
    this.sceneChanged(false);
  }

  remove(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.graph.dropNode(id);
    if (this.pathNodes.has(id) || this.pathEnds.from === id || this.pathEnds.to === id) this.clearPath(this.pathEnds.from === id || this.pathEnds.to === id);
    if (this.selected.node === id) this.showNothing();
    this.sceneChanged(false);
  }

  clear(): void {
    this.layout.stop();
    this.graph.clear();
    this.clearPath(true);
    this.showNothing();
    this.scores.clear();
    this.sceneChanged(false);
  }

  sceneChanged(relayout: boolean): void {
    this.renderLegend();
    this.updateTimeDomain();
    this.refresh();
    if (relayout) this.startLayout();
    this.scheduleScores();
    this.persist();
  }

  startLayout(): void {
    byId("layout").textContent = "Stop layout";
    this.layout.start();
    if (this.graph.size > LARGE_SCENE_EDGES) this.renderer.refresh();
  }

  // ---- path -----------------------------------------------------------------------------------

  setPathEnd(end: "from" | "to", id: string): void {
    this.pathEnds[end] = id;
    const d = this.graph.getNodeAttribute(id, "data");
    byId(`path-${end}`).textContent = caption(d, this.script);
    byId<HTMLButtonElement>("path-show").disabled = !(this.pathEnds.from && this.pathEnds.to);
    this.persist();
  }

  async showPath(): Promise<void> {
    const { from, to } = this.pathEnds;
    if (!from || !to) return;
    const k = Number(byId<HTMLSelectElement>("path-mode").value);
    await this.busy("Finding paths…", async () => {
      const found = await api.paths(from, to, k > 1 ? "K_SHORTEST" : "SHORTEST", k);
      const ids = [...new Set(found.flatMap(p => p.nodes.map(n => n.id)))];
      const a = this.graph.getNodeAttributes(from);
      const b = this.graph.getNodeAttributes(to);
      const added = await this.connect(ids, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      this.paths = found;
      this.pathNodes = new Set(ids);
      this.pathEdges = new Set(found.flatMap(p => p.steps.map(s => s.relationId)));
      byId("path-steps").replaceChildren(...pathSteps(found, rel => this.selectEdge(rel)));
      this.sceneChanged(added.length > 0);
      this.status(found.length ? `${found.length} path(s), ${found[0]!.length} steps` : "No path within 6 steps");
    });
  }

  clearPath(ends: boolean): void {
    this.paths = [];
    this.pathNodes.clear();
    this.pathEdges.clear();
    byId("path-steps").replaceChildren();
    if (ends) {
      this.pathEnds = { from: null, to: null };
      byId("path-from").textContent = "—";
      byId("path-to").textContent = "—";
      byId<HTMLButtonElement>("path-show").disabled = true;
    }
    this.renderer.refresh();
    this.persist();
  }

  // ---- selection and panel --------------------------------------------------------------------

  private nodeActions(id: string): HTMLElement {
    const actions = el("div", { className: "actions" });
    const add = (label: string, run: () => void) => {
      const b = el("button", { text: label });
      b.type = "button";
      b.addEventListener("click", run);
      actions.append(b, " ");
    };
    add("Expand", () => void this.expand(id));
    add("Collapse", () => this.collapse(id));
    add("Remove", () => this.remove(id));
    add("Path from here", () => this.setPathEnd("from", id));
    add("Path to here", () => this.setPathEnd("to", id));
    return actions;
  }

  selectNode(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.selected = { node: id };
    const a = this.graph.getNodeAttributes(id);
    const { root, evidence } = nodeDetails(a.data, a.timeline, this.nodeActions(id));
    byId("details").replaceChildren(root);
    byId("details").scrollIntoView({ block: "start" });
    this.renderer.refresh();
    void this.busy("Loading evidence…", async () => {
      const detail = await api.entityDetail(id);
      if (this.selected.node !== id) return;
      evidence.replaceChildren(evidenceList(detail?.evidence ?? []));
      if (detail?.aliases.length) evidence.prepend(el("p", { text: `Also called: ${detail.aliases.join("、")}` }));
      this.refresh();
    });
  }

  selectEdge(id: string): void {
    if (!this.graph.hasEdge(id)) return;
    this.selected = { edge: id };
    const e = this.graph.getEdgeAttribute(id, "data");
    const name = (n: string) => caption(this.graph.getNodeAttribute(n, "data"), this.script);
    const { root, evidence } = edgeDetails(e, name(e.source), name(e.target));
    byId("details").replaceChildren(root);
    byId("details").scrollIntoView({ block: "start" });
    this.renderer.refresh();
    if (e.evidence) return;
    void this.busy("Loading evidence…", async () => {
      e.evidence = await api.edgeEvidence(e);
      if (this.selected.edge === id) evidence.replaceChildren(evidenceList(e.evidence));
      this.refresh();
    });
  }

  showNothing(): void {
    this.selected = {};
    byId("details").replaceChildren(el("p", { className: "hint", text: "Click a node or a relationship to see its properties and evidence." }));
    this.renderer.refresh();
  }

  // ---- canvas interaction -----------------------------------------------------------------------

  private bindCanvas(): void {
    const r = this.renderer;
    const menu = byId("context-menu");
    r.on("clickNode", ({ node }) => this.selectNode(node));
    r.on("clickEdge", ({ edge }) => this.selectEdge(edge));
    r.on("clickStage", () => {
      menu.hidden = true;
      this.showNothing();
    });
    r.on("doubleClickNode", e => {
      e.preventSigmaDefault();
      void this.expand(e.node);
    });
    r.on("rightClickNode", e => {
      e.event.original.preventDefault();
      this.menuNode = e.node;
      menu.style.left = `${e.event.x}px`;
      menu.style.top = `${e.event.y}px`;
      menu.hidden = false;
    });
    r.on("enterNode", () => (byId("canvas").style.cursor = "pointer"));
    r.on("leaveNode", () => (byId("canvas").style.cursor = ""));
    r.on("downNode", e => {
      if ((e.event.original as MouseEvent).button !== 0) return;
      this.dragging = e.node;
      this.graph.setNodeAttribute(e.node, "fixed", true);
      if (this.graph.size > LARGE_SCENE_EDGES) r.refresh();
      // Keep the frame still while a node is dragged past the scene's edge.
      r.setCustomBBox(r.getBBox());
    });
    r.getMouseCaptor().on("mousemovebody", e => {
      if (!this.dragging) return;
      const p = r.viewportToGraph(e);
      this.graph.mergeNodeAttributes(this.dragging, { x: p.x, y: p.y });
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    // A drag may end outside the canvas, so the end is watched on the whole page.
    const endDrag = () => {
      if (!this.dragging) return;
      this.dragging = null;
      r.setCustomBBox(null);
      r.refresh();
      this.persist();
    };
    r.getMouseCaptor().on("mouseup", endDrag);
    window.addEventListener("mouseup", endDrag);
    byId("canvas").addEventListener("contextmenu", e => e.preventDefault());
    menu.addEventListener("click", e => {
      const action = (e.target as HTMLElement).dataset.action;
      const id = this.menuNode;
      menu.hidden = true;
      if (!id || !action) return;
      if (action === "expand") void this.expand(id);
      if (action === "collapse") this.collapse(id);
      if (action === "remove") this.remove(id);
      if (action === "path-from") this.setPathEnd("from", id);
      if (action === "path-to") this.setPathEnd("to", id);
    });
  }

  /** The legend lists the kinds in the scene; a click hides or shows a kind. */
  private renderLegend(): void {
    const present = new Set(this.graph.mapNodes((_n, a) => a.data.kind));
    const items = KINDS.filter(k => present.has(k) || this.hiddenKinds.has(k)).map(k => {
      const li = el("li", { title: "Click to hide or show this kind" }, dot(kindColour(k)), k);
      li.classList.toggle("off", this.hiddenKinds.has(k));
      li.addEventListener("click", () => {
        if (this.hiddenKinds.has(k)) this.hiddenKinds.delete(k);
        else this.hiddenKinds.add(k);
        this.renderLegend();
        this.refresh();
        this.persist();
      });
      return li;
    });
    byId("legend").replaceChildren(...items);
    byId("legend").hidden = !items.length;
  }

  // ---- toolbar --------------------------------------------------------------------------------

  private bindToolbar(): void {
    const input = byId<HTMLInputElement>("search");
    const list = byId("search-results");
    let timer = 0;
    let active = -1;
    const pick = (id: string) => {
      list.hidden = true;
      void this.addEntity(id);
    };
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const text = input.value.trim();
        if (!text) {
          list.hidden = true;
          return;
        }
        const hits = (await this.busy("Searching…", () => api.search(text))) ?? [];
        if (input.value.trim() !== text) return;
        active = -1;
        list.replaceChildren(
          ...hits.map(h => {
            const name = this.script === "hant" ? (h.nameHant ?? h.name) : this.script === "en" ? (h.nameEn ?? h.name) : h.name;
            const li = el("li", { title: h.id }, dot(kindColour(h.kind)), el("span", { text: name }), el("span", { className: "kind", text: h.kind }));
            li.dataset.id = h.id;
            li.setAttribute("role", "option");
            li.addEventListener("click", () => pick(h.id));
            return li;
          }),
        );
        if (!hits.length) list.append(el("li", { className: "hint", text: "No match" }));
        list.hidden = false;
        this.refresh();
      }, 200);
    });
    input.addEventListener("keydown", e => {
      const items = [...list.querySelectorAll<HTMLLIElement>("li[data-id]")];
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        active = Math.max(0, Math.min(items.length - 1, active + (e.key === "ArrowDown" ? 1 : -1)));
        items.forEach((li, i) => li.classList.toggle("active", i === active));
        e.preventDefault();
      } else if (e.key === "Enter" && items.length) {
        pick(items[Math.max(0, active)]!.dataset.id!);
      } else if (e.key === "Escape") list.hidden = true;
    });

    const script = byId<HTMLSelectElement>("script");
    script.addEventListener("change", () => {
      this.script = script.value as Script;
      this.refresh();
      if (this.selected.node) this.selectNode(this.selected.node);
      this.persist();
    });
    const sizeBy = byId<HTMLSelectElement>("size-by");
    sizeBy.addEventListener("change", () => {
      this.sizeBy = sizeBy.value as SizeBy;
      void this.refreshScores();
      this.persist();
    });

    const kinds = byId<HTMLSelectElement>("expand-kinds");
    const via = byId<HTMLSelectElement>("expand-via");
    kinds.append(...KINDS.map(k => new Option(k, k)));
    via.append(...RELATION_TYPES.map(t => new Option(t, t)));
    const selectedOf = (s: HTMLSelectElement) => [...s.selectedOptions].map(o => o.value);
    kinds.addEventListener("change", () => ((this.expandKinds = selectedOf(kinds)), this.persist()));
    via.addEventListener("change", () => ((this.expandVia = selectedOf(via)), this.persist()));

    byId("layout").addEventListener("click", () => (this.layout.running ? this.layout.stop() : this.startLayout()));
    byId("clear").addEventListener("click", () => this.clear());
    byId("share").addEventListener("click", async () => {
      await this.persistNow();
      await navigator.clipboard?.writeText(location.href).catch(() => undefined);
      this.status("Scene link copied (it is also the address in the location bar)");
    });
    byId("export-png").addEventListener("click", async () => download("innograph-scene.png", "image/png", await toPng(this.renderer)));
    byId("export-graphml").addEventListener("click", () => download("innograph-scene.graphml", "application/graphml+xml", this.exportGraphml()));
    byId("export-gexf").addEventListener("click", () => download("innograph-scene.gexf", "application/gexf+xml", this.exportGexf()));
    byId("export-json").addEventListener("click", () => download("innograph-scene.json", "application/json", this.exportJson()));
  }

  private exportItems(): { nodes: ExportNode[]; edges: ExportEdge[] } {
    const nodes: ExportNode[] = this.graph.mapNodes((n, a) => {
      const shown = this.renderer.getNodeDisplayData(n);
      return { data: a.data, x: a.x, y: a.y, size: shown?.size ?? 6, color: shown?.color ?? kindColour(a.data.kind), label: caption(a.data, this.script) };
    });
    return { nodes, edges: this.graph.mapEdges((_e, a) => ({ data: a.data })) };
  }

  exportGraphml = (): string => toGraphml(this.exportItems().nodes, this.exportItems().edges);
  exportGexf = (): string => toGexf(this.exportItems().nodes, this.exportItems().edges);
  exportJson = (): string => toJson(this.exportItems().nodes, this.exportItems().edges);

  // ---- centrality -------------------------------------------------------------------------------

  private scheduleScores(): void {
    if (this.sizeBy === "NONE") return;
    clearTimeout(this.scoresTimer);
    this.scoresTimer = window.setTimeout(() => void this.refreshScores(), 300);
  }

  async refreshScores(): Promise<void> {
    if (this.sizeBy === "NONE" || !this.graph.order) {
      this.scores.clear();
      this.maxScore = 0;
      this.refresh();
      return;
    }
    const algorithm = this.sizeBy;
    await this.busy(`Computing ${algorithm.toLowerCase()}…`, async () => {
      const scores = await api.centrality(algorithm, this.graph.nodes());
      if (algorithm !== this.sizeBy) return;
      this.scores = new Map(scores.map(s => [s.entity.id, s.score]));
      this.maxScore = Math.max(0, ...scores.map(s => s.score));
      this.refresh();
    });
  }

  // ---- time slider ------------------------------------------------------------------------------

  private bindTime(): void {
    const from = byId<HTMLInputElement>("time-from");
    const to = byId<HTMLInputElement>("time-to");
    const onInput = (moved: HTMLInputElement) => {
      if (Number(from.value) > Number(to.value)) (moved === from ? to : from).value = moved.value;
      this.setTimeFromSliders();
    };
    from.addEventListener("input", () => onInput(from));
    to.addEventListener("input", () => onInput(to));
    byId("time-reset").addEventListener("click", () => {
      this.time = null;
      this.updateTimeDomain();
      this.refresh();
      this.persist();
    });
  }

  private setTimeFromSliders(): void {
    const d = this.timeDomain;
    if (!d) return;
    const from = Number(byId<HTMLInputElement>("time-from").value);
    const to = Number(byId<HTMLInputElement>("time-to").value);
    const span = d.max - d.min;
    this.time = from === 0 && to === span ? null : { from: from === 0 ? null : dayToIso(d.min + from), to: to === span ? null : dayToIso(d.min + to) };
    this.showTimeLabel();
    this.refresh();
    this.persist();
  }

  private showTimeLabel(): void {
    const d = this.timeDomain;
    const label = byId("time-label");
    if (!d) label.textContent = "no dated agreements or events";
    else if (!this.time) label.textContent = `all dates (${dayToIso(d.min)} – ${dayToIso(d.max)})`;
    else label.textContent = this.time.from ? `${this.time.from} – ${this.time.to ?? dayToIso(d.max)}` : `as of ${this.time.to}`;
  }

  /** The slider spans the scene's dated agreements and events, one step a day. */
  updateTimeDomain(): void {
    const days = this.graph.filterNodes((_n, a) => a.timeline !== null).map(n => toDay(this.graph.getNodeAttribute(n, "timeline")!));
    const from = byId<HTMLInputElement>("time-from");
    const to = byId<HTMLInputElement>("time-to");
    this.timeDomain = days.length ? { min: Math.min(...days), max: Math.max(...days) } : null;
    const d = this.timeDomain;
    from.disabled = to.disabled = !d || d.max === d.min;
    if (d) {
      const span = d.max - d.min;
      from.max = to.max = String(span);
      const clamp = (v: number) => Math.max(0, Math.min(span, v));
      from.value = String(this.time?.from ? clamp(toDay(this.time.from) - d.min) : 0);
      to.value = String(this.time?.to ? clamp(toDay(this.time.to) - d.min) : span);
    }
    this.showTimeLabel();
  }

  // ---- sharing ----------------------------------------------------------------------------------

  sceneState(): SceneState {
    const cam = this.renderer.getCamera().getState();
    return {
      v: 1,
      nodes: this.graph.mapNodes((n, a) => [n, Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100, a.fixed ? 1 : 0]),
      script: this.script,
      sizeBy: this.sizeBy,
      hiddenKinds: [...this.hiddenKinds],
      expandKinds: this.expandKinds,
      expandVia: this.expandVia,
      time: this.time,
      path:
        this.pathEnds.from && this.pathEnds.to
          ? { from: this.pathEnds.from, to: this.pathEnds.to, mode: this.paths.length > 1 ? "K_SHORTEST" : "SHORTEST", k: Number(byId<HTMLSelectElement>("path-mode").value) }
          : null,
      camera: { x: cam.x, y: cam.y, ratio: cam.ratio },
    };
  }

  persist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = window.setTimeout(() => void this.persistNow(), 400);
  }

  async persistNow(): Promise<void> {
    clearTimeout(this.persistTimer);
    const hash = this.graph.order || this.hiddenKinds.size ? await encodeScene(this.sceneState()) : "";
    history.replaceState(null, "", `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`);
  }

  async restore(hash: string): Promise<void> {
    const state = await decodeScene(hash).catch(() => null);
    if (!state) return;
    this.script = state.script;
    this.sizeBy = state.sizeBy;
    this.hiddenKinds = new Set(state.hiddenKinds);
    this.expandKinds = state.expandKinds;
    this.expandVia = state.expandVia;
    this.time = state.time;
    byId<HTMLSelectElement>("script").value = state.script;
    byId<HTMLSelectElement>("size-by").value = state.sizeBy;
    for (const o of byId<HTMLSelectElement>("expand-kinds").options) o.selected = state.expandKinds.includes(o.value);
    for (const o of byId<HTMLSelectElement>("expand-via").options) o.selected = state.expandVia.includes(o.value);
    await this.busy("Loading the shared scene…", async () => {
      const positions = new Map(state.nodes.map(([id, x, y, pinned]) => [id, [x, y, pinned] as [number, number, number]]));
      const view = await api.subgraphOf([...positions.keys()]);
      this.timings.fetched = performance.now();
      this.merge(view, undefined, positions);
      this.renderLegend();
      this.updateTimeDomain();
      if (state.camera) this.renderer.getCamera().setState(state.camera);
      if (state.path && this.graph.hasNode(state.path.from) && this.graph.hasNode(state.path.to)) {
        byId<HTMLSelectElement>("path-mode").value = String(state.path.k);
        this.setPathEnd("from", state.path.from);
        this.setPathEnd("to", state.path.to);
        await this.showPath();
      }
      await this.refreshScores();
      this.refresh();
    });
  }

  private bindPath(): void {
    byId("path-show").addEventListener("click", () => void this.showPath());
    byId("path-clear").addEventListener("click", () => this.clearPath(true));
  }
}

/** State and controls a test or a benchmark reads; the page itself never uses them. */
function testHooks(x: Explorer) {
  return {
    idle: () => x.pending === 0 && !x.layout.running,
    nodes: () => x.graph.nodes(),
    edges: () => x.graph.edges(),
    kindOf: (id: string) => (x.graph.hasNode(id) ? x.graph.getNodeAttribute(id, "data").kind : null),
    timelineOf: (id: string) => (x.graph.hasNode(id) ? x.graph.getNodeAttribute(id, "timeline") : null),
    visibleNodes: () => x.graph.filterNodes(n => !x.renderer.getNodeDisplayData(n)?.hidden),
    highlightedPath: () => ({
      nodes: [...x.pathNodes],
      edges: [...x.pathEdges].filter(e => x.graph.hasEdge(e)).map(e => ({ ...x.graph.getEdgeAttribute(e, "data"), color: x.renderer.getEdgeDisplayData(e)?.color })),
      steps: x.paths.flatMap(p => p.steps.map(s => s.sentence)),
    }),
    /** Where a node is drawn, in page coordinates, for a test to click it like a person. */
    screenPosition: (id: string) => {
      const d = x.renderer.getNodeDisplayData(id);
      if (!d) return null;
      const v = x.renderer.framedGraphToViewport(d);
      const box = x.renderer.getContainer().getBoundingClientRect();
      return { x: box.left + v.x, y: box.top + v.y };
    },
    timeDomain: () => (x.timeDomain ? { min: dayToIso(x.timeDomain.min), max: dayToIso(x.timeDomain.max) } : null),
    timeWindow: () => x.time,
    /** Drawn radius of each node (it follows the chosen centrality). */
    sizes: () => Object.fromEntries(x.graph.mapNodes(n => [n, x.renderer.getNodeDisplayData(n)?.size ?? 0])),
    exportGraphml: () => x.exportGraphml(),
    exportGexf: () => x.exportGexf(),
    exportJson: () => x.exportJson(),
    stopLayout: () => x.layout.stop(),
    /** A synthetic scene of n nodes for the benchmark: kinds cycle, about 1.5 edges a node. */
    loadSynthetic: (n: number) => {
      x.clear();
      let seed = 7;
      const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const nodes: NodeData[] = Array.from({ length: n }, (_, i) => {
        const kind = KINDS[i % KINDS.length]!;
        const name = `节点${i}`;
        return { id: `synthetic-${i}`, kind, caption: name, captionHant: name, captionEn: `node ${i}`, degree: 0, properties: { id: `synthetic-${i}` }, reportedOn: null };
      });
      const edges: EdgeData[] = [];
      for (let i = 1; i < n; i++) {
        edges.push({ id: `se-${i}`, type: "COOPERATES_WITH", source: `synthetic-${i}`, target: `synthetic-${Math.floor(rnd() * i)}`, evidence: [] });
        if (rnd() < 0.5) edges.push({ id: `sf-${i}`, type: "PARTY_TO", source: `synthetic-${i}`, target: `synthetic-${Math.floor(rnd() * n)}`, evidence: [] });
      }
      const positions = new Map(nodes.map((d, i) => [d.id, [Math.cos(i) * Math.sqrt(i) * 10, Math.sin(i) * Math.sqrt(i) * 10, 0] as [number, number, number]]));
      x.merge({ nodes, edges, truncated: false }, undefined, positions);
      x.sceneChanged(false);
      return { nodes: x.graph.order, edges: x.graph.size };
    },
    startLayout: () => x.startLayout(),
    timings: () => x.timings,
    renderer: x.renderer,
  };
}

declare global {
  interface Window {
    __explorer?: ReturnType<typeof testHooks>;
  }
}

async function main(): Promise<void> {
  const explorer = new Explorer();
  window.__explorer = testHooks(explorer);
  if (location.hash) await explorer.restore(location.hash);
  explorer.refresh();
  // refresh() drew synchronously; the next frame is the first one on screen.
  await new Promise(requestAnimationFrame);
  explorer.timings.firstRender = performance.now();
  document.body.dataset.ready = "true";
}

void main();
