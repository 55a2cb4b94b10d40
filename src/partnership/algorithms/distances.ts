import type { Cost, WeightedGraph } from "./weighted-graph";

/** Distances from `source` to every node it reaches (itself at 0), by Dijkstra with a binary heap. */
export function dijkstraAll(g: WeightedGraph, source: string, cost: Cost): Map<string, number> {
  const dist = new Map<string, number>();
  const heap: [number, string][] = [[0, source]];
  const push = (item: [number, string]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]![0] <= heap[i]![0]) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const pop = (): [number, string] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  while (heap.length) {
    const [d, u] = pop();
    if (dist.has(u)) continue;
    dist.set(u, d);
    for (const [v, w] of g.neighbours(u)) if (!dist.has(v)) push([d + cost(w), v]);
  }
  return dist;
}
