import type Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { BundledFA2Layout } from "../layout/bundled-fa2-layout";
import { edgeSpread, radialPlacement } from "../layout/seed-placement";
import type { NodeAttrs } from "./scene-graph";

type Position = { x: number; y: number };

/** From this many nodes a scene is large: a structural start, a coarser Barnes-Hut, and a stop once nodes rest. */
const LARGE = 1000;
/** A large scene rests when an iteration moves a node, on average, less than this share of the scene's diagonal. */
const AT_REST = 1.5e-3;

/**
 * ForceAtlas2 in a web worker (the library's supervisor), so the page never blocks: the worker iterates, the
 * page copies each answer's positions to the graph and sigma draws them. It stops by itself, so no second click
 * is needed: after a number of iterations that settles a scene of that size, or for a large scene as soon as
 * its nodes rest. A large scene starts from a radial placement of its own structure when that is closer to
 * settled than where its nodes are (see seed-placement.ts).
 */
export class Layout {
  private supervisor: BundledFA2Layout | null = null;
  private remaining = 0;
  /** Iterations the last run made (for the benchmark). */
  iterations = 0;
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
    const large = n >= LARGE;
    this.remaining = iterations ?? (n > 2000 ? 120 : n > 300 ? 250 : 400);
    if (this.supervisor) return;
    this.held.clear();
    this.iterations = 0;
    if (large) this.seed();
    const layout = new BundledFA2Layout(this.graph, {
      settings: {
        ...forceAtlas2.inferSettings(this.graph),
        barnesHutOptimize: n > 300,
        // Half the precision of the default 0.5 halves a large scene's iteration, and the picture is the same.
        barnesHutTheta: large ? 1 : 0.5,
        adjustSizes: false,
        slowDown: large ? 2 : 5,
        // ms of iterations in the worker per answer (see layout-worker.ts): a large scene's answer costs the
        // page a long redraw, so it gets few.
        sliceMs: large ? 500 : n > 300 ? 50 : 20,
        minIterations: large ? 10 : 1,
      } as ForceAtlas2Settings,
      getEdgeWeight: null,
      outputReducer: (node: string, a: NodeAttrs) => {
        const p = a.fixed ? this.held.get(node) : undefined;
        return p ? { ...a, ...p } : a;
      },
    });
    layout.onIterations = (count, movement) => {
      this.remaining -= count;
      this.iterations += count;
      if (this.remaining <= 0 || (large && movement < AT_REST)) this.stop();
      else layout.maxIterations = this.remaining;
    };
    layout.maxIterations = this.remaining;
    this.supervisor = layout;
    layout.start();
  }

  /** Moves the free nodes of a large scene to the radial placement when it is closer to settled. */
  private seed(): void {
    const graph = this.graph;
    const placed = radialPlacement(graph);
    const there = (p: Map<string, Position>) => (n: string) =>
      graph.getNodeAttribute(n, "fixed") ? graph.getNodeAttributes(n) : p.get(n)!;
    if (edgeSpread(graph, there(placed)) >= edgeSpread(graph, n => graph.getNodeAttributes(n))) return;
    graph.updateEachNodeAttributes((n, a) => (a.fixed ? a : { ...a, ...placed.get(n)! }), { attributes: ["x", "y"] });
  }

  stop(): void {
    this.remaining = 0;
    this.supervisor?.kill();
    this.supervisor = null;
    this.held.clear();
    this.onStop();
  }
}
