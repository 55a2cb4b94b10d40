// The ForceAtlas2 web worker, bundled as its own file (dist/explorer/layout-worker.js) and served by the
// service: the page's Content-Security-Policy loads scripts from 'self' only. It speaks the protocol of the
// library's own worker (node and edge matrices in, node matrix back) with the library's iteration, but runs
// as many iterations per message as fit in a short slice: one round trip to the page per iteration made a
// small scene's 400 iterations take seconds on a busy machine. The page sets the slice: a large scene gets
// longer ones and a least number of iterations per answer, since each answer costs the page a redraw of
// every node: on a starved CPU a time slice alone would mean one redraw per iteration.
import iterate from "graphology-layout-forceatlas2/iterate";
import type { LayoutMessage } from "./bundled-fa2-layout";

let edges = new Float32Array(0);

self.addEventListener("message", (event: MessageEvent<LayoutMessage>) => {
  const { settings } = event.data;
  const nodes = new Float32Array(event.data.nodes);
  if (event.data.edges) edges = new Float32Array(event.data.edges);
  const started = performance.now();
  let iterations = 0;
  do {
    iterate(settings, nodes, edges);
    iterations++;
  } while (
    iterations < settings.maxIterations &&
    (iterations < settings.minIterations || performance.now() - started < settings.sliceMs)
  );
  (self as unknown as Worker).postMessage({ nodes: nodes.buffer, iterations }, [nodes.buffer]);
});
