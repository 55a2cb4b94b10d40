import { dijkstraAll } from "./distances";
import type { Cost, WeightedGraph } from "./weighted-graph";

/**
 * Closeness with tie lengths `cost` (1/weight when weighted): (r − 1) / Σ d(i, j) over the r nodes i reaches,
 * scaled by (r − 1) / (n − 1) for a disconnected network (Wasserman and Faust; networkx's default). GDS's
 * closeness takes no weights, hence this.
 */
export function closeness(g: WeightedGraph, i: string, cost: Cost): number {
  const n = g.nodes.length;
  const dist = dijkstraAll(g, i, cost);
  let total = 0;
  for (const d of dist.values()) total += d;
  const reached = dist.size;
  if (total === 0 || n <= 1) return 0;
  return ((reached - 1) / total) * ((reached - 1) / (n - 1));
}
