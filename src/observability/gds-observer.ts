import { gdsProjectedNodes, gdsProjectedRelationships, gdsRuns, gdsSeconds } from "./metrics";

/** Reports the size of the graph a run projected; called once the projection exists. */
export type ProjectedSize = (nodes: number, relationships: number) => void;

/** Times one GDS run (projection, algorithm and drop) and counts it by algorithm and outcome. */
export async function observeGdsRun<R>(algorithm: string, run: (projected: ProjectedSize) => Promise<R>): Promise<R> {
  const started = performance.now();
  let outcome = "ok";
  try {
    return await run((nodes, relationships) => {
      gdsProjectedNodes.observe({ algorithm }, nodes);
      gdsProjectedRelationships.observe({ algorithm }, relationships);
    });
  } catch (err) {
    outcome = "error";
    throw err;
  } finally {
    gdsRuns.inc({ algorithm, outcome });
    gdsSeconds.observe({ algorithm }, (performance.now() - started) / 1000);
  }
}
