// The ForceAtlas2 web worker, bundled as its own file (dist/explorer/layout-worker.js) and served by the
// service: the page's Content-Security-Policy loads scripts from 'self' only. It speaks the protocol of the
// library's own worker (node and edge matrices in, node matrix back) with the library's iteration, but runs
// as many iterations per message as fit in a short slice: one round trip to the page per iteration made a
// small scene's 400 iterations take seconds on a busy machine. The page sets the slice: a large scene gets
// longer ones and a least number of iterations per answer, since each answer costs the page a redraw of
// every node: on a starved CPU a time slice alone would mean one redraw per iteration.
// Each answer also says how much the last iteration moved the nodes, so the page can stop once they rest.
import iterate from "graphology-layout-forceatlas2/iterate";
import type { LayoutMessage } from "./bundled-fa2-layout";

/** Floats a node takes in the library's node matrix; x and y are the first two. */
const PPN = 10;

let edges = new Float32Array(0);

/** The mean distance a node moved between two matrices, over the diagonal of the scene's extent. */
function movement(before: Float32Array, after: Float32Array): number {
  let moved = 0;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < after.length; i += PPN) {
    const [x, y] = [after[i]!, after[i + 1]!];
    moved += Math.hypot(x - before[i]!, y - before[i + 1]!);
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  }
  const extent = Math.hypot(maxX - minX, maxY - minY);
  return extent > 0 ? moved / (after.length / PPN) / extent : 0;
}

self.addEventListener("message", (event: MessageEvent<LayoutMessage>) => {
  const { settings } = event.data;
  const nodes = new Float32Array(event.data.nodes);
  if (event.data.edges) edges = new Float32Array(event.data.edges);
  const started = performance.now();
  const before = new Float32Array(nodes.length);
  let iterations = 0;
  do {
    before.set(nodes);
    iterate(settings, nodes, edges);
    iterations++;
  } while (
    iterations < settings.maxIterations &&
    (iterations < settings.minIterations || performance.now() - started < settings.sliceMs)
  );
  const moved = movement(before, nodes);
  (self as unknown as Worker).postMessage({ nodes: nodes.buffer, iterations, movement: moved }, [nodes.buffer]);
});
