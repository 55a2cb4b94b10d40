import { mulberry32 } from "../../../src/generate/prng";
import { dijkstra, fewestHops } from "../../../src/partnership/algorithms/shortest-paths";
import { INVERSE_WEIGHT, WeightedGraph, type Cost } from "../../../src/partnership/algorithms/weighted-graph";

// A hop cost that is not HOPS itself, so dijkstra runs its own heap search rather than handing over to fewestHops.
const ONE_HOP: Cost = () => 1;

function randomGraph(seed: number, n: number, edges: number): WeightedGraph {
  const rng = mulberry32(seed);
  const id = () => `n${Math.floor(rng() * n)}`;
  // Weights of a few values, as tie weights are, so that equal costs (and their tie-break) are common.
  const ties = Array.from({ length: edges }, () => ({
    a: id(),
    b: id(),
    weight: [0.25, 1, 3][Math.floor(rng() * 3)]!,
  }));
  return new WeightedGraph(
    Array.from({ length: n }, (_, i) => `n${i}`),
    ties.filter(t => t.a !== t.b),
  );
}

function unweighted(g: WeightedGraph): WeightedGraph {
  const ties = [...g.adjacency].flatMap(([a, m]) => [...m.keys()].map(b => ({ a, b, weight: 1 })));
  return new WeightedGraph(g.nodes, ties);
}

describe("the fewest-hop search from both ends", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    "should find the path the heap search finds (fewest hops, smallest node sequence) on random graph %i",
    seed => {
      const g = unweighted(randomGraph(seed, 60, 110));
      const rng = mulberry32(seed + 100);
      for (let q = 0; q < 40; q++) {
        const [s, t] = [`n${Math.floor(rng() * 60)}`, `n${Math.floor(rng() * 60)}`];
        const banned = new Set([`n${Math.floor(rng() * 60)}`].filter(b => b !== s && b !== t));
        const [x, y] = [...g.neighbours(s).keys()];
        const bannedEdges = x && y ? new Set([`${s}\u0000${x}`, `${x}\u0000${s}`]) : new Set<string>();
        expect(fewestHops(g, s, t, Infinity, banned, bannedEdges)).toEqual(
          dijkstra(g, s, t, ONE_HOP, banned, bannedEdges),
        );
      }
    },
  );

  it("should find nothing beyond maxHops", () => {
    const g = new WeightedGraph(
      ["a", "b", "c", "d"],
      [
        { a: "a", b: "b", weight: 1 },
        { a: "b", b: "c", weight: 1 },
        { a: "c", b: "d", weight: 1 },
      ],
    );
    expect(fewestHops(g, "a", "d", 2)).toBeNull();
    expect(fewestHops(g, "a", "d", 3)).toEqual({ nodes: ["a", "b", "c", "d"], cost: 3 });
  });

  it.each([1, 2, 3, 4])(
    "should find the same cheapest path on the graph's arrays as on its maps, random graph %i",
    seed => {
      const g = randomGraph(seed, 80, 160);
      const rng = mulberry32(seed + 200);
      // A ban of a node that is not in the graph: the map-based search, which bans need, with nothing banned.
      const nothing = new Set(["absent"]);
      for (let q = 0; q < 40; q++) {
        const [s, t] = [`n${Math.floor(rng() * 80)}`, `n${Math.floor(rng() * 80)}`];
        expect(dijkstra(g, s, t, INVERSE_WEIGHT)).toEqual(dijkstra(g, s, t, INVERSE_WEIGHT, nothing));
      }
    },
  );
});
