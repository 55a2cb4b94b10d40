import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

/**
 * ForceAtlas2 run on the main thread in small slices per animation frame, so the page stays responsive
 * and the layout visibly settles, then stops. (The library's Web Worker is built from a blob: URL, which
 * a Content-Security-Policy of script-src 'self' forbids.)
 */
export class Layout {
  private frame = 0;
  private remaining = 0;
  onStop: () => void = () => {};

  constructor(private readonly graph: Graph) {}

  get running(): boolean {
    return this.remaining > 0;
  }

  start(iterations?: number): void {
    const n = this.graph.order;
    if (n < 2) return;
    this.remaining = iterations ?? (n > 2000 ? 120 : n > 300 ? 250 : 400);
    if (!this.frame) this.frame = requestAnimationFrame(this.step);
  }

  stop(): void {
    this.remaining = 0;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.onStop();
  }

  private readonly step = (): void => {
    this.frame = 0;
    const settings = {
      ...forceAtlas2.inferSettings(this.graph),
      barnesHutOptimize: this.graph.order > 300,
      adjustSizes: false,
      slowDown: 5,
    };
    const started = performance.now();
    // About 12 ms of work per frame for a small scene (many iterations); a large one gets up to 100 ms of
    // iterations per drawn frame, since there drawing the frame costs more than an iteration.
    const budget = this.graph.order > 2000 ? 100 : 12;
    do {
      forceAtlas2.assign(this.graph, { iterations: 1, settings, getEdgeWeight: null });
      this.remaining--;
    } while (this.remaining > 0 && performance.now() - started < budget);
    if (this.remaining > 0) this.frame = requestAnimationFrame(this.step);
    else this.stop();
  };
}
