import { HOPS, type Cost, type WeightedGraph } from "./weighted-graph";

export interface FoundPath {
  nodes: string[];
  cost: number;
}

// Costs equal in exact arithmetic can differ in the last bits after sums of 1/weight.
const EPS = 1e-12;

/** A binary min-heap of tentative costs (a node may be in it more than once; stale entries are skipped). */
class Frontier<T = string> {
  private readonly costs: number[] = [];
  private readonly nodes: T[] = [];

  get size(): number {
    return this.costs.length;
  }

  push(cost: number, node: T): void {
    const [c, n] = [this.costs, this.nodes];
    let i = c.length;
    c.push(cost);
    n.push(node);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (c[up]! <= cost) break;
      c[i] = c[up]!;
      n[i] = n[up]!;
      i = up;
    }
    c[i] = cost;
    n[i] = node;
  }

  /** The cheapest entry's node (its cost is the caller's to look up). */
  pop(): T {
    const [c, n] = [this.costs, this.nodes];
    const top = n[0]!;
    const lastCost = c.pop()!;
    const lastNode = n.pop()!;
    if (c.length > 0) {
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = l;
        if (l >= c.length) break;
        if (r < c.length && c[r]! < c[l]!) m = r;
        if (c[m]! >= lastCost) break;
        c[i] = c[m]!;
        n[i] = n[m]!;
        i = m;
      }
      c[i] = lastCost;
      n[i] = lastNode;
    }
    return top;
  }
}

/**
 * Dijkstra from `source`, skipping `bannedNodes` and `bannedEdges` ("a\u0000b", both orders); among paths of
 * equal cost (within EPS) the lexicographically smallest node sequence, so that answers are reproducible. Costs
 * first, on a heap of numbers; then the ties: the nodes from which `target` is reached at least cost (walked back
 * from `target`), and from `source` the smallest of them that continues a cheapest path, step by step. Comparing
 * node sequences inside the heap, where costs tie often (weights take a few values), took 60 ms a path at 100k.
 */
export function dijkstra(
  g: WeightedGraph,
  source: string,
  target: string,
  cost: Cost,
  bannedNodes: Set<string> = new Set(),
  bannedEdges: Set<string> = new Set(),
): FoundPath | null {
  if (cost === HOPS) return fewestHops(g, source, target, Infinity, bannedNodes, bannedEdges);
  if (bannedNodes.size === 0 && bannedEdges.size === 0) return indexedDijkstra(g, source, target, cost);
  const passable = (u: string, v: string) =>
    !bannedNodes.has(v) && (bannedEdges.size === 0 || !bannedEdges.has(`${u}\u0000${v}`));
  const dist = new Map<string, number>([[source, 0]]);
  const done = new Set<string>();
  const frontier = new Frontier();
  frontier.push(0, source);
  while (frontier.size > 0 && !done.has(target)) {
    const u = frontier.pop();
    if (done.has(u)) continue;
    done.add(u);
    const du = dist.get(u)!;
    for (const [v, w] of g.neighbours(u)) {
      if (done.has(v) || !passable(u, v)) continue;
      const dv = du + cost(w);
      if (dv < (dist.get(v) ?? Infinity)) {
        dist.set(v, dv);
        frontier.push(dv, v);
      }
    }
  }
  if (!done.has(target)) return null;
  const tight = (u: string, v: string, w: number) =>
    done.has(u) && done.has(v) && Math.abs(dist.get(u)! + cost(w) - dist.get(v)!) <= EPS;
  const leadsOn = new Set([target]);
  for (let queue = [target]; queue.length > 0;) {
    const v = queue.pop()!;
    for (const [u, w] of g.neighbours(v)) {
      if (!leadsOn.has(u) && tight(u, v, w) && passable(u, v) && passable(v, u)) {
        leadsOn.add(u);
        queue.push(u);
      }
    }
  }
  const nodes = [source];
  let total = 0;
  for (let u = source; u !== target;) {
    let step: string | undefined;
    for (const [v, w] of g.neighbours(u)) {
      if (leadsOn.has(v) && tight(u, v, w) && passable(u, v) && (step === undefined || v < step)) step = v;
    }
    total += cost(g.weight(u, step!));
    nodes.push((u = step!));
  }
  return { nodes, cost: total };
}

/** dijkstra without bans, on the graph's arrays (WeightedGraph.indexed): the same answer, several times faster. */
function indexedDijkstra(g: WeightedGraph, source: string, target: string, cost: Cost): FoundPath | null {
  const { ids, number, offsets, targets, weights } = g.indexed;
  const [s, t] = [number.get(source), number.get(target)];
  if (s === undefined || t === undefined) return null;
  const dist = new Float64Array(ids.length).fill(Infinity);
  const done = new Uint8Array(ids.length);
  const frontier = new Frontier<number>();
  dist[s] = 0;
  frontier.push(0, s);
  while (frontier.size > 0 && !done[t]) {
    const u = frontier.pop();
    if (done[u]) continue;
    done[u] = 1;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      const dv = dist[u]! + cost(weights[e]!);
      if (!done[v] && dv < dist[v]!) {
        dist[v] = dv;
        frontier.push(dv, v);
      }
    }
  }
  if (!done[t]) return null;
  const tight = (u: number, v: number, w: number) =>
    done[u] && done[v] && Math.abs(dist[u]! + cost(w) - dist[v]!) <= EPS;
  const leadsOn = new Uint8Array(ids.length);
  leadsOn[t] = 1;
  for (const queue = [t]; queue.length > 0;) {
    const v = queue.pop()!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = targets[e]!;
      if (!leadsOn[u] && tight(u, v, weights[e]!)) {
        leadsOn[u] = 1;
        queue.push(u);
      }
    }
  }
  const nodes = [source];
  let total = 0;
  for (let u = s; u !== t;) {
    let step = -1;
    let w = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      if (leadsOn[v] && tight(u, v, weights[e]!) && (step < 0 || ids[v]! < ids[step]!)) [step, w] = [v, weights[e]!];
    }
    total += cost(w);
    nodes.push(ids[step]!);
    u = step;
  }
  return { nodes, cost: total };
}

/** One end of a breadth-first search from both ends: each node's hops from that end, and the layers so far. */
interface Search {
  hops: Map<string, number>;
  layers: string[][];
}

/**
 * The fewest-hop path from `source` to `target` of at most `maxHops` hops, the lexicographically smallest node
 * sequence among them (what dijkstra with HOPS returns), by a breadth-first search from both ends, the smaller
 * frontier first, until they meet; then the nodes on some shortest path are marked layer by layer, and from
 * `source` the smallest of them is taken at each step. Dijkstra's heap of node sequences, where every hop cost
 * ties, took 130 ms a path on the 10,000-node network of 100k entities, and K_SHORTEST runs one search per spur.
 */
export function fewestHops(
  g: WeightedGraph,
  source: string,
  target: string,
  maxHops: number,
  bannedNodes: Set<string> = new Set(),
  bannedEdges: Set<string> = new Set(),
): FoundPath | null {
  if (source === target) return { nodes: [source], cost: 0 };
  const passable = (u: string, v: string) =>
    !bannedNodes.has(v) && (bannedEdges.size === 0 || !bannedEdges.has(`${u}\u0000${v}`));
  const fwd: Search = { hops: new Map([[source, 0]]), layers: [[source]] };
  const bwd: Search = { hops: new Map([[target, 0]]), layers: [[target]] };
  let met = false;
  while (!met && fwd.layers.length + bwd.layers.length - 2 < maxHops) {
    const side = fwd.layers.at(-1)!.length <= bwd.layers.at(-1)!.length ? fwd : bwd;
    const other = side === fwd ? bwd : fwd;
    const depth = side.layers.length;
    const next: string[] = [];
    for (const u of side.layers.at(-1)!) {
      for (const v of g.neighbours(u).keys()) {
        if (side.hops.has(v) || !passable(u, v)) continue;
        side.hops.set(v, depth);
        next.push(v);
        if (other.hops.has(v)) met = true;
      }
    }
    if (next.length === 0) return null;
    side.layers.push(next);
  }
  if (!met) return null;
  // The searches first met at their last layers, so the fewest hops are rf + rb; position i of a shortest path
  // is a node i hops from `source` up to rf, and d - i hops from `target` beyond. Marked from the meeting out.
  const rf = fwd.layers.length - 1;
  const d = rf + bwd.layers.length - 1;
  const onPath: Set<string>[] = Array.from({ length: d + 1 }, () => new Set<string>());
  for (const v of fwd.layers[rf]!) if (bwd.hops.get(v) === d - rf) onPath[rf]!.add(v);
  const mark = (from: number, to: number, side: Search, depthAt: (i: number) => number) => {
    for (const u of onPath[from]!) {
      for (const v of g.neighbours(u).keys()) {
        if (side.hops.get(v) === depthAt(to) && passable(u, v)) onPath[to]!.add(v);
      }
    }
  };
  for (let i = rf - 1; i >= 0; i--) mark(i + 1, i, fwd, x => x);
  for (let i = rf + 1; i <= d; i++) mark(i - 1, i, bwd, x => d - x);
  const nodes = [source];
  for (let i = 1, u = source; i <= d; i++) {
    let step: string | undefined;
    for (const v of g.neighbours(u).keys()) {
      if (onPath[i]!.has(v) && passable(u, v) && (step === undefined || v < step)) step = v;
    }
    nodes.push((u = step!));
  }
  return { nodes, cost: d };
}

/**
 * Whether node sequence `a` comes before `b`: element by element, a prefix first. The same order as comparing the
 * sequences joined by "\u0000" (it sorts below every character of an id), without building two strings on every
 * comparison of equal costs, which with hop costs is nearly every comparison.
 */
function better(a: string[], b: string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return a.length < b.length;
}

function pathCost(g: WeightedGraph, nodes: string[], cost: Cost): number {
  let c = 0;
  for (let i = 0; i + 1 < nodes.length; i++) c += cost(g.weight(nodes[i]!, nodes[i + 1]!));
  return c;
}

/**
 * Yen's k shortest loop-free paths: exactly min(k, number of simple paths) paths, shortest first, no two with
 * the same node sequence (the graph has one edge per pair, parallel facts being strands of one tie).
 * `maxLength` bounds the hops of a path; longer candidates are discarded.
 */
export function yen(
  g: WeightedGraph,
  source: string,
  target: string,
  k: number,
  cost: Cost,
  maxLength = Infinity,
): FoundPath[] {
  const first = cost === HOPS ? fewestHops(g, source, target, maxLength) : dijkstra(g, source, target, cost);
  if (!first) return [];
  const accepted: FoundPath[] = [first];
  const candidates: FoundPath[] = [];
  const seen = new Set<string>([first.nodes.join("\u0000")]);
  while (accepted.length < k) {
    const last = accepted[accepted.length - 1]!.nodes;
    for (let i = 0; i + 1 < last.length; i++) {
      const spur = last[i]!;
      const root = last.slice(0, i + 1);
      const bannedEdges = new Set<string>();
      for (const p of accepted) {
        if (p.nodes.length > i + 1 && root.every((n, j) => p.nodes[j] === n)) {
          const [x, y] = [p.nodes[i]!, p.nodes[i + 1]!];
          bannedEdges.add(`${x}\u0000${y}`).add(`${y}\u0000${x}`);
        }
      }
      const bannedNodes = new Set(root.slice(0, -1));
      // With hop costs a longer candidate would be accepted after every shorter one and then dropped: not searched.
      const tail =
        cost === HOPS
          ? fewestHops(g, spur, target, maxLength - i, bannedNodes, bannedEdges)
          : dijkstra(g, spur, target, cost, bannedNodes, bannedEdges);
      if (!tail) continue;
      const nodes = [...root.slice(0, -1), ...tail.nodes];
      const key = nodes.join("\u0000");
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, cost: pathCost(g, nodes, cost) });
    }
    candidates.sort(
      (x, y) => x.cost - y.cost || x.nodes.length - y.nodes.length || (better(x.nodes, y.nodes) ? -1 : 1),
    );
    const next = candidates.shift();
    if (!next) break;
    accepted.push(next);
  }
  return accepted.filter(p => p.nodes.length - 1 <= maxLength);
}

/**
 * Every fewest-hop path, in node-sequence order, at most `limit`; `truncated` says whether more exist.
 */
export function allShortest(
  g: WeightedGraph,
  source: string,
  target: string,
  limit: number,
  maxLength = Infinity,
): { paths: string[][]; truncated: boolean } {
  const depth = new Map<string, number>([[source, 0]]);
  const preds = new Map<string, string[]>();
  let frontier = [source];
  while (frontier.length && !depth.has(target)) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of g.neighbours(u).keys()) {
        if (!depth.has(v)) {
          depth.set(v, depth.get(u)! + 1);
          next.push(v);
        }
        if (depth.get(v) === depth.get(u)! + 1) preds.set(v, [...(preds.get(v) ?? []), u]);
      }
    }
    frontier = next;
  }
  if (!depth.has(target) || depth.get(target)! > maxLength) return { paths: [], truncated: false };
  const paths: string[][] = [];
  let truncated = false;
  const walk = (n: string, suffix: string[]): void => {
    if (truncated) return;
    if (n === source) {
      if (paths.length === limit) truncated = true;
      else paths.push([source, ...suffix]);
      return;
    }
    for (const p of [...(preds.get(n) ?? [])].sort()) walk(p, [n, ...suffix]);
  };
  walk(target, []);
  return { paths: paths.sort((a, b) => (better(a, b) ? -1 : 1)), truncated };
}
