import type { Explorer } from "../explorer";

/** One colour per path, the first the explorer's path colour. */
export const PATH_COLOURS = ["#e4572e", "#2a9d8f", "#7b2cbf", "#e9a300", "#1d4e89"];

const LAYER = "path-overlay";

/**
 * The paths drawn over the canvas, each in its own colour: a step is a line between its two entities (a
 * partnership tie has no relationship of its own to highlight), dashed when the step is only planned or
 * hoped for. Paths that share a step are drawn side by side.
 */
export class PathOverlay {
  private ready = false;
  /** The steps drawn by the last frame (what a test can check was drawn). */
  drawn: { path: number; from: string; to: string; colour: string; dashed: boolean }[] = [];

  constructor(private readonly x: Explorer) {}

  private context(): CanvasRenderingContext2D | null {
    const r = this.x.renderer;
    if (!this.ready) {
      // Under the nodes, over the edges; sigma takes afterLayer here too, though its typings omit it.
      r.createCanvasContext(LAYER, { afterLayer: "edges" } as Parameters<typeof r.createCanvasContext>[1]);
      // The new layer gets its size (and its pixel ratio) from a resize.
      r.resize(true);
      r.on("afterRender", () => this.draw());
      this.ready = true;
    }
    return r.getCanvases()[LAYER]?.getContext("2d") ?? null;
  }

  refresh(): void {
    this.context();
    this.x.renderer.refresh();
  }

  private draw(): void {
    const ctx = this.context();
    if (!ctx) return;
    const r = this.x.renderer;
    const { width, height } = r.getDimensions();
    ctx.clearRect(0, 0, width, height);
    this.drawn = [];
    const { found, shown } = this.x.paths;
    const visible = found.map((_p, i) => i).filter(i => shown[i] !== false);
    visible.forEach((i, order) => {
      const offset = (order - (visible.length - 1) / 2) * 5;
      ctx.strokeStyle = PATH_COLOURS[i % PATH_COLOURS.length]!;
      ctx.lineWidth = 3.5;
      ctx.lineCap = "round";
      for (const s of found[i]!.steps) {
        const a = r.getNodeDisplayData(s.from.id);
        const b = r.getNodeDisplayData(s.to.id);
        if (!a || !b || a.hidden || b.hidden) continue;
        const p = r.framedGraphToViewport(a);
        const q = r.framedGraphToViewport(b);
        const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
        const dx = (-(q.y - p.y) / len) * offset;
        const dy = ((q.x - p.x) / len) * offset;
        const dashed = s.modality !== "ACTUAL";
        ctx.setLineDash(dashed ? [9, 6] : []);
        this.drawn.push({ path: i, from: s.from.id, to: s.to.id, colour: String(ctx.strokeStyle), dashed });
        ctx.beginPath();
        ctx.moveTo(p.x + dx, p.y + dy);
        ctx.lineTo(q.x + dx, q.y + dy);
        ctx.stroke();
      }
    });
    ctx.setLineDash([]);
  }
}
