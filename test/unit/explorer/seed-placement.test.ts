import Graph from "graphology";
import { edgeSpread, radialPlacement } from "../../../explorer/src/layout/seed-placement";

/** A random recursive tree of n nodes (each joins an earlier one) named with a prefix, plus n/4 random chords. */
function addTree(g: Graph, prefix: string, n: number, seed: number): void {
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) g.addNode(`${prefix}${i}`);
  for (let i = 1; i < n; i++) g.addEdge(`${prefix}${i}`, `${prefix}${Math.floor(rnd() * i)}`);
  for (let i = 0; i < n / 4; i++) g.addEdge(`${prefix}${Math.floor(rnd() * n)}`, `${prefix}${Math.floor(rnd() * n)}`);
}

describe("radialPlacement", () => {
  const g = new Graph({ multi: true, allowSelfLoops: true });
  addTree(g, "a", 600, 7);
  addTree(g, "b", 200, 13);
  g.addNode("z");
  const placed = radialPlacement(g);

  it("should place every node at a finite point", () => {
    expect(placed.size).toBe(g.order);
    for (const p of placed.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("should start neighbours far closer than random points do", () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const random = new Map(g.mapNodes(n => [n, { x: rnd() * 1000, y: rnd() * 1000 }] as const));
    const scattered = edgeSpread(g, n => random.get(n)!);
    expect(scattered).toBeGreaterThan(0.8);
    expect(edgeSpread(g, n => placed.get(n)!)).toBeLessThan(scattered / 2);
  });

  it("should set the connected parts side by side", () => {
    const span = (prefix: string) => {
      const xs = g.filterNodes(n => n.startsWith(prefix)).map(n => placed.get(n)!.x);
      return [Math.min(...xs), Math.max(...xs)] as const;
    };
    const spans = [span("a"), span("b"), span("z")].sort((p, q) => p[0] - q[0]);
    expect(spans[0]![1]).toBeLessThan(spans[1]![0]);
    expect(spans[1]![1]).toBeLessThan(spans[2]![0]);
  });
});

describe("edgeSpread", () => {
  it("should be 0 when every edge joins two nodes at one point, and the ratio of lengths otherwise", () => {
    const g = new Graph();
    ["p", "q", "r", "s"].forEach(n => g.addNode(n));
    g.addEdge("p", "q");
    g.addEdge("r", "s");
    const same = new Map([
      ["p", { x: 0, y: 0 }],
      ["q", { x: 0, y: 0 }],
      ["r", { x: 10, y: 0 }],
      ["s", { x: 10, y: 0 }],
    ]);
    expect(edgeSpread(g, n => same.get(n)!)).toBe(0);
    // On a line at 0, 1, 2, 3 the edges p–q and r–s are 1 long; two nodes picked at random are 1.25 apart.
    const line = new Map(["p", "q", "r", "s"].map((n, i) => [n, { x: i, y: 0 }]));
    expect(edgeSpread(g, n => line.get(n)!)).toBeCloseTo(1 / 1.25, 1);
  });
});
