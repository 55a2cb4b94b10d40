import type { WeightedGraph } from "./algorithms/weighted-graph";

/** Newman's modularity of a partition of a weighted undirected graph: Σ_c (W_in(c)/W − (S(c)/2W)²). */
export function modularity(g: WeightedGraph, communityOf: Map<string, number>): number {
  let total = 0;
  let inside = 0;
  const strengthOf = new Map<number, number>();
  for (const u of g.nodes) {
    const cu = communityOf.get(u);
    for (const [v, w] of g.neighbours(u)) {
      total += w;
      if (cu !== undefined && cu === communityOf.get(v)) inside += w;
    }
    if (cu !== undefined) strengthOf.set(cu, (strengthOf.get(cu) ?? 0) + g.strength(u));
  }
  if (total === 0) return 0;
  // Each undirected tie was counted from both ends: total = 2W, inside = 2 W_in.
  let expected = 0;
  for (const s of strengthOf.values()) expected += (s / total) ** 2;
  return inside / total - expected;
}
