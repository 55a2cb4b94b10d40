import type Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { BundledFA2Layout } from "../layout/bundled-fa2-layout";
import type { NodeAttrs } from "./scene-graph";

type Position = { x: number; y: number };

/**
 * ForceAtlas2 in a web worker (the library's supervisor), so the page never blocks: the worker iterates, the
 * page copies each iteration's positions to the graph and sigma draws them. It stops by itself after a number
 * of iterations that settles a scene of that size, so no second click is needed.
 */
export class Layout {
  private supervisor: BundledFA2Layout | null = null;
  private remaining = 0;
  /** Where the pointer holds nodes pinned while the layout runs (the worker knows only the pins it started with). */
  private readonly held = new Map<string, Position>();
  onStop: () => void = () => {};

  constructor(private readonly graph: Graph<NodeAttrs>) {
    graph.on("nodeAttributesUpdated", e => {
      if (!this.running || (e.type !== "merge" && e.type !== "set")) return;
      const a = graph.getNodeAttributes(e.key);
      if (a.fixed) this.held.set(e.key, { x: a.x, y: a.y });
    });
  }

  get running(): boolean {
    return this.remaining > 0;
  }

  start(iterations?: number): void {
    const n = this.graph.order;
    if (n < 2) return;
    this.remaining = iterations ?? (n > 2000 ? 120 : n > 300 ? 250 : 400);
    if (this.supervisor) return;
    this.held.clear();
    const layout = new BundledFA2Layout(this.graph, {
      settings: {
        ...forceAtlas2.inferSettings(this.graph),
        barnesHutOptimize: n > 300,
        adjustSizes: false,
        slowDown: 5,
        // ms of iterations in the worker per answer (see layout-worker.ts)
        sliceMs: n > 2000 ? 150 : n > 300 ? 50 : 20,
        minIterations: n > 2000 ? 8 : 1,
      } as ForceAtlas2Settings,
      getEdgeWeight: null,
      outputReducer: (node: string, a: NodeAttrs) => {
        const p = a.fixed ? this.held.get(node) : undefined;
        return p ? { ...a, ...p } : a;
      },
    });
    layout.onIterations = count => {
      this.remaining -= count;
      if (this.remaining <= 0) this.stop();
      else layout.maxIterations = this.remaining;
    };
    layout.maxIterations = this.remaining;
    this.supervisor = layout;
    layout.start();
  }

  stop(): void {
    this.remaining = 0;
    this.supervisor?.kill();
    this.supervisor = null;
    this.held.clear();
    this.onStop();
  }
}
