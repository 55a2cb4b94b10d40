import { gdsKeptProjectionRuns, gdsProjectedNodes, gdsProjectedRelationships, gdsRuns, gdsSeconds } from "./metrics";

/** Reports the size of the graph a run uses, projected for it or kept (`kept`); called once it exists. */
export type ProjectedSize = (nodes: number, relationships: number, kept?: boolean) => void;

/** Times one GDS run (projection and drop unless a kept one serves it, and the algorithm) and counts it by algorithm and outcome. */
export async function observeGdsRun<R>(algorithm: string, run: (projected: ProjectedSize) => Promise<R>): Promise<R> {
  const started = performance.now();
  let outcome = "ok";
  try {
    return await run((nodes, relationships, kept = false) => {
      if (kept) gdsKeptProjectionRuns.inc({ algorithm });
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
