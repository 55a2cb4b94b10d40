import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { cameraMoving } from "./camera-moving";

/** The programs that draw the nodes, each with its picking pass (private in sigma's typings; sigma 3's names). */
interface NodePrograms {
  nodePrograms: Record<string, { pickProgram?: unknown }>;
}

/**
 * Sigma draws every node twice a frame: on screen and into its picking buffer, which tells which node is
 * under the pointer. A trace of a 5,000-node pan (bench/explorer-trace.ts) puts nearly all of a long task in
 * the compositor waiting for the nodes' canvas to be drawn (software WebGL, no GPU), and leaving out the
 * picking pass halves it. While the camera moves in a large scene no node is pointed at, so only the screen
 * pass runs; the first frame at rest, which sigma draws anyway to bring the edges back, draws both.
 */
export function skipPickingWhileMoving<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  large: () => boolean,
): void {
  const programs = () => Object.values((renderer as unknown as NodePrograms).nodePrograms);
  const held = new Map<{ pickProgram?: unknown }, unknown>();
  renderer.on("beforeRender", () => {
    if (!large() || !cameraMoving(renderer)) return;
    for (const p of programs()) {
      if (!p.pickProgram) continue;
      held.set(p, p.pickProgram);
      p.pickProgram = null;
    }
  });
  renderer.on("afterRender", () => {
    for (const [p, pick] of held) p.pickProgram = pick;
    held.clear();
  });
}
