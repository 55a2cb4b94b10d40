import type { Cost, WeightedGraph } from "./weighted-graph";

export interface FoundPath {
  nodes: string[];
  cost: number;
}

// Costs equal in exact arithmetic can differ in the last bits after sums of 1/weight.
const EPS = 1e-12;

/** A tentative distance: the cost so far and the node sequence that reaches it. */
interface Reached {
  node: string;
  cost: number;
  nodes: string[];
}

/** Lower cost first; equal costs (within EPS) to the lexicographically smaller node sequence. */
function before(x: Reached, y: Reached): boolean {
  return x.cost < y.cost - EPS || (Math.abs(x.cost - y.cost) <= EPS && better(x.nodes, y.nodes));
}

/** A binary min-heap of tentative distances, ordered by `before`. */
class Frontier {
  private readonly items: Reached[] = [];

  push(r: Reached): void {
    const a = this.items;
    a.push(r);
    for (let i = a.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (!before(a[i]!, a[up]!)) break;
      [a[i], a[up]] = [a[up]!, a[i]!];
      i = up;
    }
  }

  pop(): Reached | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Dijkstra from `source`, skipping `bannedNodes` and `bannedEdges` ("a\u0000b", both orders); ties between
 * equal costs go to the lexicographically smaller node sequence so that answers are reproducible. A heap, not a
 * scan of every tentative distance: at 100k entities the network of one request has tens of thousands of nodes.
 */
export function dijkstra(
  g: WeightedGraph,
  source: string,
  target: string,
  cost: Cost,
  bannedNodes: Set<string> = new Set(),
  bannedEdges: Set<string> = new Set(),
): FoundPath | null {
  const best = new Map<string, Reached>([[source, { node: source, cost: 0, nodes: [source] }]]);
  const done = new Set<string>();
  const frontier = new Frontier();
  frontier.push(best.get(source)!);
  for (let u = frontier.pop(); u; u = frontier.pop()) {
    // A superseded entry: the node was reached more cheaply (or by a better sequence) after it was pushed.
    if (done.has(u.node) || best.get(u.node) !== u) continue;
    if (u.node === target) return { nodes: u.nodes, cost: u.cost };
    done.add(u.node);
    for (const [v, w] of g.neighbours(u.node)) {
      if (done.has(v) || bannedNodes.has(v) || bannedEdges.has(`${u.node}\u0000${v}`)) continue;
      const candidate = { node: v, cost: u.cost + cost(w), nodes: [...u.nodes, v] };
      const known = best.get(v);
      if (known === undefined || before(candidate, known)) {
        best.set(v, candidate);
        frontier.push(candidate);
      }
    }
  }
  return null;
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
  const first = dijkstra(g, source, target, cost);
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
      const tail = dijkstra(g, spur, target, cost, bannedNodes, bannedEdges);
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
