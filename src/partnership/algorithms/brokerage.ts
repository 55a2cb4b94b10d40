import type { WeightedGraph } from "./weighted-graph";

/** p_uv: the share of u's tie strength that goes to v (Burt's proportional tie strength; undirected, so w_uv = w_vu). */
function share(g: WeightedGraph, u: string, v: string): number {
  const s = g.strength(u);
  return s === 0 ? 0 : g.weight(u, v) / s;
}

/**
 * Burt's constraint: Σ over neighbours j of (p_ij + Σ_q p_iq p_qj)², the extent to which i's ties lead to
 * people who are tied to each other. High = embedded in a closed group; low = a broker. Undefined (NaN) for an
 * isolated node, as in networkx.
 */
export function constraint(g: WeightedGraph, i: string): number {
  const neighbours = [...g.neighbours(i).keys()];
  if (neighbours.length === 0) return NaN;
  let c = 0;
  for (const j of neighbours) {
    let indirect = 0;
    for (const q of neighbours) if (q !== j) indirect += share(g, i, q) * share(g, q, j);
    c += (share(g, i, j) + indirect) ** 2;
  }
  return c;
}

/**
 * Burt's effective size: Σ over neighbours j of (1 − Σ_q p_iq m_jq), where m_jq = w_jq / max_k w_jk; the
 * number of i's contacts less their redundancy. Equals the degree when no two contacts are tied.
 */
export function effectiveSize(g: WeightedGraph, i: string): number {
  const neighbours = [...g.neighbours(i).keys()];
  if (neighbours.length === 0) return NaN;
  let size = 0;
  for (const j of neighbours) {
    const strongest = Math.max(...g.neighbours(j).values());
    let redundancy = 0;
    for (const q of neighbours) if (q !== j) redundancy += share(g, i, q) * (g.weight(j, q) / strongest);
    size += 1 - redundancy;
  }
  return size;
}
