/** An undirected weighted graph over string ids, the shape every TypeScript-side algorithm takes. */
export class WeightedGraph {
  readonly adjacency = new Map<string, Map<string, number>>();

  constructor(nodes: Iterable<string>, edges: Iterable<{ a: string; b: string; weight: number }>) {
    for (const n of nodes) this.adjacency.set(n, new Map());
    for (const e of edges) {
      this.neighbours(e.a).set(e.b, e.weight);
      this.neighbours(e.b).set(e.a, e.weight);
    }
  }

  neighbours(n: string): Map<string, number> {
    let m = this.adjacency.get(n);
    if (!m) this.adjacency.set(n, (m = new Map()));
    return m;
  }

  get nodes(): string[] {
    return [...this.adjacency.keys()];
  }

  weight(a: string, b: string): number {
    return this.adjacency.get(a)?.get(b) ?? 0;
  }

  /** Weighted degree: the sum of the weights of a node's ties. */
  strength(n: string): number {
    let s = 0;
    for (const w of this.neighbours(n).values()) s += w;
    return s;
  }
}

/** How long a tie is to cross: one hop each, or 1/weight so that strong ties are short. */
export type Cost = (weight: number) => number;
export const HOPS: Cost = () => 1;
export const INVERSE_WEIGHT: Cost = w => 1 / w;
