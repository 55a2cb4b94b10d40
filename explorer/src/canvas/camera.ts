import type { Explorer } from "../explorer";
import { byId } from "../ui/dom";

const PADDING = 24;
const LABEL_FONT_PX = 14;
const HOME = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** Where the camera looks: fit the scene (labels included), zoom, and bring a node into view. */
export class Camera {
  private measure = document.createElement("canvas").getContext("2d");

  constructor(private readonly x: Explorer) {
    const camera = () => x.renderer.getCamera();
    byId("zoom-in").addEventListener("click", () => void camera().animatedZoom(1.5));
    byId("zoom-out").addEventListener("click", () => void camera().animatedUnzoom(1.5));
    byId("zoom-fit").addEventListener("click", () => this.fit());
  }

  private labelWidth(label: string | null | undefined): number {
    if (!label || !this.measure) return 0;
    this.measure.font = `${LABEL_FONT_PX}px sans-serif`;
    return this.measure.measureText(label).width;
  }

  /**
   * Frames the visible nodes so that every node and its label (drawn to the node's right, at a fixed
   * pixel size whatever the zoom) is inside the canvas.
   */
  fit(animate = true): void {
    const camera = this.x.renderer.getCamera();
    const from = camera.getState();
    // Which labels sigma draws depends on the zoom: frame, draw, and frame again counting every label
    // drawn at any of the tries (a growing set, so the frame only widens and settles).
    const labelled = new Set<string>();
    let to = from;
    for (let i = 0; i < 6; i++) {
      const next = this.frame(labelled);
      if (!next) return;
      to = next;
      camera.setState(to);
      this.x.renderer.refresh();
      if ([...this.x.renderer.getNodeDisplayedLabels()].every(n => labelled.has(n))) break;
    }
    if (!animate) return;
    camera.setState(from);
    void camera.animate(to, { duration: 300 });
  }

  private frame(labelled: Set<string>): { x: number; y: number; ratio: number; angle: number } | null {
    const r = this.x.renderer;
    // Display data and the graph's frame are those of the last drawing: draw the current positions first.
    r.refresh();
    const { width, height } = r.getDimensions();
    const drawn: { x: number; y: number; label: number; size: number }[] = [];
    // Only the labels sigma draws (it leaves some out where they would overlap), and never more than a third of the width.
    for (const n of r.getNodeDisplayedLabels()) labelled.add(n);
    this.x.graph.forEachNode(n => {
      const d = r.getNodeDisplayData(n);
      if (!d || d.hidden) return;
      const v = r.framedGraphToViewport(d, { cameraState: HOME });
      const label =
        d.label && (labelled.has(n) || d.forceLabel) ? Math.min(width / 3, this.labelWidth(d.label) + 4) : 0;
      drawn.push({ x: v.x, y: v.y, label, size: d.size });
    });
    if (!drawn.length || !width || !height) return null;
    // At zoom ratio q positions shrink by q while labels keep their pixel size: find the smallest q
    // (closest zoom) at which every node and its label fit.
    const extent = (q: number) => {
      let left = Infinity,
        right = -Infinity,
        top = Infinity,
        bottom = -Infinity;
      for (const p of drawn) {
        left = Math.min(left, p.x / q - p.size);
        right = Math.max(right, p.x / q + p.size + p.label);
        top = Math.min(top, p.y / q - p.size - LABEL_FONT_PX / 2);
        bottom = Math.max(bottom, p.y / q + p.size + LABEL_FONT_PX / 2);
      }
      return { left, right, top, bottom };
    };
    let ratio = 0.3;
    for (
      let e = extent(ratio);
      ratio < 50 && (e.right - e.left > width - 2 * PADDING || e.bottom - e.top > height - 2 * PADDING);
      e = extent(ratio)
    ) {
      ratio *= 1.08;
    }
    const e = extent(ratio);
    const centre = r.viewportToFramedGraph(
      { x: ((e.left + e.right) / 2) * ratio, y: ((e.top + e.bottom) / 2) * ratio },
      { cameraState: HOME },
    );
    return { x: centre.x, y: centre.y, ratio, angle: 0 };
  }

  /** True when the node, and its label if sigma draws it, are inside the canvas. */
  inView(id: string): boolean {
    const r = this.x.renderer;
    const d = r.getNodeDisplayData(id);
    if (!d) return false;
    const v = r.framedGraphToViewport(d);
    const { width, height } = r.getDimensions();
    const label =
      d.label && (r.getNodeDisplayedLabels().has(id) || d.forceLabel)
        ? Math.min(width / 3, this.labelWidth(d.label))
        : 0;
    return v.x >= 0 && v.y >= 0 && v.x + label <= width && v.y <= height;
  }

  /** Pans to a node that is off screen, keeping the zoom. */
  show(id: string): void {
    const d = this.x.renderer.getNodeDisplayData(id);
    if (!d || this.inView(id)) return;
    void this.x.renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
  }
}
