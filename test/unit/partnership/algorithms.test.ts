import fs from "node:fs";
import path from "node:path";
import { effectiveSize, constraint } from "../../../src/partnership/algorithms/brokerage";
import { closeness } from "../../../src/partnership/algorithms/closeness";
import { dijkstra, yen } from "../../../src/partnership/algorithms/shortest-paths";
import { HOPS, INVERSE_WEIGHT, WeightedGraph } from "../../../src/partnership/algorithms/weighted-graph";

/** Weighted graphs with networkx's answers, written by test/fixtures/weighted-networks.py. */
export interface WeightedFixture {
  networkxVersion: string;
  graphs: {
    name: string;
    nodes: string[];
    edges: [string, string, number][];
    strength: Record<string, number>;
    betweenness: Record<string, number>;
    closeness: Record<string, number>;
    pagerank: Record<string, number>;
    constraint: Record<string, number>;
    effectiveSize: Record<string, number>;
    coreNumber: Record<string, number>;
    bridges: [string, string][];
    articulationPoints: string[];
    paths: {
      from: string;
      to: string;
      k: number;
      shortestSimple: string[][];
      strongest: string[];
      strongestCost: number;
    }[];
  }[];
}

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "weighted-networks.json"), "utf8"),
) as WeightedFixture;

function graphOf(g: WeightedFixture["graphs"][number]): WeightedGraph {
  return new WeightedGraph(
    g.nodes,
    g.edges.map(([a, b, weight]) => ({ a, b, weight })),
  );
}

describe.each(fixture.graphs)(`TypeScript network measures against networkx ${fixture.networkxVersion} on $name`, g => {
  const graph = graphOf(g);

  it("should agree with networkx weighted closeness (distance = 1/weight)", () => {
    for (const n of g.nodes) expect(closeness(graph, n, INVERSE_WEIGHT)).toBeCloseTo(g.closeness[n]!, 9);
  });

  it("should agree with networkx's Burt constraint and effective size", () => {
    for (const n of g.nodes) {
      expect(constraint(graph, n)).toBeCloseTo(g.constraint[n]!, 9);
      expect(effectiveSize(graph, n)).toBeCloseTo(g.effectiveSize[n]!, 9);
    }
  });

  it("should find the strongest path (cost 1/weight) at networkx's Dijkstra cost", () => {
    for (const p of g.paths) {
      expect(dijkstra(graph, p.from, p.to, INVERSE_WEIGHT)!.cost).toBeCloseTo(p.strongestCost, 12);
    }
  });

  it("should return exactly networkx's k shortest simple paths (Yen), each simple and distinct", () => {
    for (const p of g.paths) {
      const found = yen(graph, p.from, p.to, p.k, HOPS).map(f => f.nodes);
      const lengths = (ps: string[][]) => ps.map(x => x.length - 1);
      expect(lengths(found)).toEqual(lengths(p.shortestSimple));
      expect(new Set(found.map(x => x.join(" "))).size).toBe(found.length);
      for (const nodes of found) {
        expect(new Set(nodes).size).toBe(nodes.length);
        for (let i = 0; i + 1 < nodes.length; i++) expect(graph.weight(nodes[i]!, nodes[i + 1]!)).toBeGreaterThan(0);
      }
      // Paths shorter than the k-th are the same set whichever way equal lengths are ordered.
      const cut = Math.max(...lengths(p.shortestSimple));
      const shorter = (ps: string[][]) =>
        ps
          .filter(x => x.length - 1 < cut)
          .map(x => x.join(" "))
          .sort();
      expect(shorter(found)).toEqual(shorter(p.shortestSimple));
    }
  });
});
