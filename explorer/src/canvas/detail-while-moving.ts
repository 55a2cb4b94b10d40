import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { cameraMoving } from "./camera-moving";

/** How many nodes a frame draws while the camera moves: the most prominent ones. */
export const NODES_WHILE_MOVING = 1000;

/**
 * Level of detail while the camera moves. With software WebGL (no GPU) a frame's cost grows with the nodes it
 * draws: panning a 5,000-node scene, drawing a fifth of them took the longest task from 142–230 ms to about
 * 100 ms. So while the camera moves in a scene with more nodes than that, only the most prominent ones are drawn
 * (highlighted first, then the largest, then the best connected), as edges and labels are already left out;
 * the first frame at rest draws them all again. A dragged node is not a camera move: nothing is hidden then.
 */
export class DetailWhileMoving<N extends Attributes, E extends Attributes> {
  private readonly left = new Set<string>();
  private renderer!: Sigma<N, E>;
  private atRestCheck: number | null = null;

  /** `applies` says whether a camera move may leave nodes out now. */
  constructor(private readonly applies: () => boolean) {}

  /** Starts watching the renderer's frames (the renderer's reducer asks `leftOut` from its first frame on). */
  watch(renderer: Sigma<N, E>): void {
    this.renderer = renderer;
    // Each change is written into the node programs before this very frame draws them (sigma reads its
    // program arrays after "beforeRender"), so neither the first moving frame nor the frame at rest is drawn
    // twice; the render the refresh schedules is the one already under way.
    renderer.on("beforeRender", () => {
      const moving = cameraMoving(renderer) && this.applies();
      if (moving && !this.left.size) this.leaveOutMinorNodes();
      else if (!moving && this.left.size) this.drawAllAgain();
    });
    // A move can end without a frame (a press let go after the pointer stopped, in a scene small enough that
    // sigma keeps its edges on a move): look again until the camera is still, and draw that frame.
    renderer.on("afterRender", () => {
      if (this.left.size && this.atRestCheck === null) this.atRestCheck = window.setTimeout(this.checkAtRest, 50);
    });
  }

  private readonly checkAtRest = (): void => {
    this.atRestCheck = null;
    if (!this.left.size) return;
    if (cameraMoving(this.renderer) && this.applies()) this.atRestCheck = window.setTimeout(this.checkAtRest, 50);
    else this.renderer.scheduleRender();
  };

  /** Whether the node is left out of the frames drawn while the camera moves. */
  leftOut(node: string): boolean {
    return this.left.has(node);
  }

  private leaveOutMinorNodes(): void {
    const r = this.renderer;
    const graph = r.getGraph();
    if (graph.order <= NODES_WHILE_MOVING) return;
    const drawn = graph.filterNodes(n => r.getNodeDisplayData(n)?.hidden === false);
    if (drawn.length <= NODES_WHILE_MOVING) return;
    const shown = (n: string) => r.getNodeDisplayData(n)!;
    const rank = new Map(
      drawn.map(n => [n, { highlighted: shown(n).highlighted ? 1 : 0, size: shown(n).size, degree: graph.degree(n) }]),
    );
    drawn.sort((a, b) => {
      const x = rank.get(a)!;
      const y = rank.get(b)!;
      return y.highlighted - x.highlighted || y.size - x.size || y.degree - x.degree;
    });
    for (const n of drawn.slice(NODES_WHILE_MOVING)) this.left.add(n);
    this.repaint([...this.left]);
  }

  private drawAllAgain(): void {
    const graph = this.renderer.getGraph();
    const nodes = [...this.left].filter(n => graph.hasNode(n));
    this.left.clear();
    this.repaint(nodes);
  }

  /** Re-runs the node reducer for these nodes only and writes them into the programs in place. */
  private repaint(nodes: string[]): void {
    const r = this.renderer;
    const indexed = nodes.filter(n => r.getNodeDisplayData(n) !== undefined);
    r.refresh({ partialGraph: { nodes: indexed }, skipIndexation: true, schedule: true });
  }
}
