import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Explorer } from "../explorer";
import { LARGE_SCENE_EDGES, type EdgeAttrs, type NodeAttrs } from "../scene/scene-graph";
import { DIMMED, NOT_YET_COLOUR, PATH_COLOUR } from "../style/style";
import { INFERRED_COLOUR, INFERRED_NOT_YET_COLOUR } from "../time/inferred-colours";
import { byId } from "../ui/dom";
import { DetailWhileMoving } from "./detail-while-moving";
import { skipPickingWhileMoving } from "./picking-while-moving";

/** The sigma renderer: how each node and edge is drawn from the scene's state, and dragging nodes. */
export class Canvas {
  readonly renderer: Sigma<NodeAttrs, EdgeAttrs>;
  dragging: string | null = null;
  private readonly detail = new DetailWhileMoving<NodeAttrs, EdgeAttrs>(() => !this.dragging);

  constructor(private readonly x: Explorer) {
    this.renderer = new Sigma<NodeAttrs, EdgeAttrs>(x.graph, byId("canvas"), {
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: "arrow",
      // The programs are generic over attributes they never read.
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram } as unknown as Settings<
        NodeAttrs,
        EdgeAttrs
      >["edgeProgramClasses"],
      labelRenderedSizeThreshold: 5,
      labelFont: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif',
      labelDensity: 0.6,
      nodeReducer: (node, a) => this.nodeStyle(node, a),
      edgeReducer: (edge, a) => this.edgeStyle(edge, a),
    });
    skipPickingWhileMoving(this.renderer, () => x.graph.size > LARGE_SCENE_EDGES);
    this.detail.watch(this.renderer);
    this.bindClicks();
    this.bindDrag();
    this.bindBoxSelect();
  }

  /** A large scene hides edges and labels while the camera moves. */
  adaptToSize(): void {
    const large = this.x.graph.size > LARGE_SCENE_EDGES;
    if (this.renderer.getSetting("hideEdgesOnMove") !== large) {
      this.renderer.setSetting("hideEdgesOnMove", large);
      this.renderer.setSetting("hideLabelsOnMove", large);
    }
  }

  private nodeStyle(node: string, a: NodeAttrs): Partial<NodeDisplayData> {
    const { paths, details, sizeBy } = this.x;
    const res: Partial<NodeDisplayData> = {
      x: a.x,
      y: a.y,
      label: this.x.labels.of(node),
      color: this.x.colourBy.colourOf(node, a.data),
      size: sizeBy.sizeOf(node),
      zIndex: 1,
    };
    if (!this.x.visible(a) || this.detail.leftOut(node)) res.hidden = true;
    if (paths.nodes.size) {
      if (paths.nodes.has(node)) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 3 });
      else Object.assign(res, { color: DIMMED, label: "", zIndex: 0 });
    }
    if (this.x.selection.has(node)) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 4 });
    if (details.selected.node === node) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 4 });
    return res;
  }

  private edgeStyle(edge: string, a: EdgeAttrs): Partial<EdgeDisplayData> {
    const { graph, paths, details, layout } = this.x;
    const large = graph.size > LARGE_SCENE_EDGES;
    const actual = a.data.modality === "ACTUAL";
    const res: Partial<EdgeDisplayData> = {
      color: this.x.time.marksInferred(a)
        ? actual
          ? INFERRED_COLOUR
          : INFERRED_NOT_YET_COLOUR
        : actual
          ? "#c4c4c4"
          : NOT_YET_COLOUR,
      size: 1,
      type: large ? "line" : "arrow",
      zIndex: 1,
    };
    // In a large scene every frame of a drag or a layout would redraw every edge: draw only the dragged
    // node's edges while it moves, and none while the layout runs (they come back when it stops).
    if (large && this.dragging && !graph.hasExtremity(edge, this.dragging)) res.hidden = true;
    if (large && layout?.running) res.hidden = true;
    if (!this.x.visibleEdge(a)) res.hidden = true;
    if (paths.edges.has(edge)) Object.assign(res, { color: PATH_COLOUR, size: 4, type: "arrow", zIndex: 3 });
    else if (paths.nodes.size) Object.assign(res, { color: "#eeeeee", zIndex: 0 });
    if (details.selected.edge === edge) Object.assign(res, { color: "#222", size: 3, type: "arrow", zIndex: 4 });
    return res;
  }

  private bindClicks(): void {
    const r = this.renderer;
    r.on("clickNode", ({ node, event }) =>
      (event.original as MouseEvent).shiftKey ? this.x.selection.toggle(node) : this.x.details.selectNode(node),
    );
    // A Shift-press on an edge draws a selection box (bindBoxSelect), it does not pick the edge.
    r.on("clickEdge", ({ edge, event }) => {
      if (!(event.original as MouseEvent).shiftKey) this.x.details.selectEdge(edge);
    });
    r.on("clickStage", () => this.x.details.showNothing());
    r.on("doubleClickNode", e => {
      e.preventSigmaDefault();
      // Sigma takes a second quick click for a double click, even on another node: with Shift it selects.
      if ((e.event.original as MouseEvent).shiftKey) this.x.selection.toggle(e.node);
      else void this.x.scene.expand(e.node);
    });
    r.on("enterNode", () => (byId("canvas").style.cursor = "pointer"));
    r.on("leaveNode", () => (byId("canvas").style.cursor = ""));
    byId("canvas").addEventListener("contextmenu", e => e.preventDefault());
  }

  private bindDrag(): void {
    const r = this.renderer;
    const graph = this.x.graph;
    r.on("downNode", e => {
      if ((e.event.original as MouseEvent).button !== 0) return;
      this.dragging = e.node;
      graph.setNodeAttribute(e.node, "fixed", true);
      if (graph.size > LARGE_SCENE_EDGES) r.refresh();
      // Keep the frame still while a node is dragged past the scene's edge.
      r.setCustomBBox(r.getBBox());
    });
    r.getMouseCaptor().on("mousemovebody", e => {
      if (!this.dragging) return;
      const p = r.viewportToGraph(e);
      graph.mergeNodeAttributes(this.dragging, { x: p.x, y: p.y });
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
      this.x.persist();
    };
    r.getMouseCaptor().on("mouseup", endDrag);
    window.addEventListener("mouseup", endDrag);
  }

  /** Shift and drag on the canvas draws a box; the entities inside join the selection. */
  private bindBoxSelect(): void {
    const r = this.renderer;
    const box = byId("select-box");
    let start: { x: number; y: number } | null = null;
    const begin = (e: { event: { x: number; y: number; original: Event } }) => {
      const original = e.event.original as MouseEvent;
      if (!original.shiftKey || original.button !== 0) return;
      start = { x: e.event.x, y: e.event.y };
      Object.assign(box.style, { left: `${start.x}px`, top: `${start.y}px`, width: "0px", height: "0px" });
      box.hidden = false;
    };
    r.on("downStage", begin);
    // In a dense scene the press lands on an edge more often than on the stage: it starts the box too.
    r.on("downEdge", begin);
    r.getMouseCaptor().on("mousemovebody", e => {
      if (!start) return;
      Object.assign(box.style, {
        left: `${Math.min(start.x, e.x)}px`,
        top: `${Math.min(start.y, e.y)}px`,
        width: `${Math.abs(e.x - start.x)}px`,
        height: `${Math.abs(e.y - start.y)}px`,
      });
      // The drag draws the box; the camera stays where it is.
      e.preventSigmaDefault();
      e.original.preventDefault();
    });
    r.getMouseCaptor().on("mouseup", e => {
      if (!start) return;
      this.x.selection.addInBox(start, { x: e.x, y: e.y });
      start = null;
      box.hidden = true;
    });
  }
}
