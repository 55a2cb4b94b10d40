import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

/** Whether the camera is moving: the test sigma's own render() uses to hide edges and labels on a move. */
export function cameraMoving<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): boolean {
  const captor = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() ||
    captor.isMoving ||
    captor.draggedEvents > 0 ||
    captor.currentWheelDirection !== 0
  );
}
