import type { WeightedGraph } from "./weighted-graph";

/** Connected components, biggest first. */
export function components(g: WeightedGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const s of g.nodes) {
    if (seen.has(s)) continue;
    const comp = [s];
    seen.add(s);
    for (let i = 0; i < comp.length; i++) {
      for (const v of g.neighbours(comp[i]!).keys()) {
        if (!seen.has(v)) {
          seen.add(v);
          comp.push(v);
        }
      }
    }
    out.push(comp.sort());
  }
  return out.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** Mean hop count over ordered pairs of nodes that reach each other (0 with no such pair). */
export function averagePathLength(g: WeightedGraph): number {
  let total = 0;
  let pairs = 0;
  for (const s of g.nodes) {
    const depth = new Map<string, number>([[s, 0]]);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (const v of g.neighbours(u).keys()) {
        if (!depth.has(v)) {
          depth.set(v, depth.get(u)! + 1);
          queue.push(v);
          total += depth.get(v)!;
          pairs++;
        }
      }
    }
  }
  return pairs === 0 ? 0 : total / pairs;
}

/** Mean local clustering coefficient (unweighted; a node with fewer than two ties counts 0, as in networkx). */
export function averageClustering(g: WeightedGraph): number {
  const nodes = g.nodes;
  if (nodes.length === 0) return 0;
  let sum = 0;
  for (const u of nodes) {
    const ns = [...g.neighbours(u).keys()];
    if (ns.length < 2) continue;
    let closed = 0;
    for (let i = 0; i < ns.length; i++) {
      for (let j = i + 1; j < ns.length; j++) if (g.weight(ns[i]!, ns[j]!) > 0) closed++;
    }
    sum += (2 * closed) / (ns.length * (ns.length - 1));
  }
  return sum / nodes.length;
}
