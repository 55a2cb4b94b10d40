import type { EdgeData, NodeData } from "./api";
import type { Explorer } from "./explorer";
import { KINDS } from "./style/style";
import { dayToIso } from "./time/time";

/** State and controls a test or a benchmark reads; the page itself never uses them. */
export function testHooks(x: Explorer) {
  return {
    idle: () => x.pending === 0 && !x.link.rebuilding && !x.layout.running && !x.renderer.getCamera().isAnimated(),
    nodes: () => x.graph.nodes(),
    selected: () => [...x.selection.ids],
    edges: () => x.graph.edges(),
    kindOf: (id: string) => (x.graph.hasNode(id) ? x.graph.getNodeAttribute(id, "data").kind : null),
    timelineOf: (id: string) => (x.graph.hasNode(id) ? x.graph.getNodeAttribute(id, "timeline") : null),
    visibleNodes: () => x.graph.filterNodes(n => !x.renderer.getNodeDisplayData(n)?.hidden),
    visibleEdges: () => x.graph.filterEdges(e => !x.renderer.getEdgeDisplayData(e)?.hidden),
    /** Whether the node and its label are drawn inside the canvas. */
    inView: (id: string) => x.camera.inView(id),
    labelOf: (id: string) => x.labels.of(id),
    cameraRatio: () => x.renderer.getCamera().ratio,
    edgeList: () =>
      x.graph.mapEdges((id, a) => ({
        id,
        type: a.data.type,
        source: a.data.source,
        target: a.data.target,
        dates: a.data.dates,
      })),
    highlightedPath: () => ({
      nodes: [...x.paths.nodes],
      edges: [...x.paths.edges]
        .filter(e => x.graph.hasEdge(e))
        .map(e => ({ ...x.graph.getEdgeAttribute(e, "data"), color: x.renderer.getEdgeDisplayData(e)?.color })),
      steps: x.paths.found.flatMap(p => p.steps.map(s => s.sentence)),
    }),
    /** Where a node is drawn, in page coordinates, for a test to click it like a person. */
    screenPosition: (id: string) => {
      const d = x.renderer.getNodeDisplayData(id);
      if (!d) return null;
      const v = x.renderer.framedGraphToViewport(d);
      const box = x.renderer.getContainer().getBoundingClientRect();
      return { x: box.left + v.x, y: box.top + v.y };
    },
    timeDomain: () => (x.time.domain ? { min: dayToIso(x.time.domain.min), max: dayToIso(x.time.domain.max) } : null),
    timeWindow: () => x.time.window,
    /** Drawn radius of each node (it follows the chosen centrality). */
    sizes: () => Object.fromEntries(x.graph.mapNodes(n => [n, x.renderer.getNodeDisplayData(n)?.size ?? 0])),
    /** Drawn colour of each node (it follows the colour rule). */
    colours: () => Object.fromEntries(x.graph.mapNodes(n => [n, x.renderer.getNodeDisplayData(n)?.color ?? ""])),
    /** Drawn colour of each relationship (planned ones and, while a time bound is set, inferred dates are marked). */
    edgeColours: () => Object.fromEntries(x.graph.mapEdges(e => [e, x.renderer.getEdgeDisplayData(e)?.color ?? ""])),
    positions: () => Object.fromEntries(x.graph.mapNodes((n, a) => [n, [a.x, a.y]])),
    exportGraphml: () => x.exports.graphml(),
    exportGexf: () => x.exports.gexf(),
    exportJson: () => x.exports.json(),
    exportNodesCsv: () => x.exports.csv.nodes(),
    exportRelationsCsv: () => x.exports.csv.relationships(),
    /** Opens a relationship in the inspector, as a click on its line does. */
    showEdge: (id: string) => x.details.selectEdge(id),
    stopLayout: () => x.layout.stop(),
    /** A synthetic scene of n nodes for the benchmark: kinds cycle, about 1.5 edges a node. */
    loadSynthetic: (n: number) => {
      x.scene.clear();
      let seed = 7;
      const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const nodes: NodeData[] = Array.from({ length: n }, (_, i) => {
        const kind = KINDS[i % KINDS.length]!;
        const name = `节点${i}`;
        return {
          id: `synthetic-${i}`,
          kind,
          caption: name,
          captionHant: name,
          captionEn: `node ${i}`,
          degree: 0,
          properties: { id: `synthetic-${i}` },
          reportedOn: null,
        };
      });
      const edges: EdgeData[] = [];
      for (let i = 1; i < n; i++) {
        edges.push({
          id: `se-${i}`,
          type: "COOPERATES_WITH",
          modality: "ACTUAL",
          evidenceKind: "STATED",
          source: `synthetic-${i}`,
          target: `synthetic-${Math.floor(rnd() * i)}`,
          dates: [],
          evidence: [],
        });
        if (rnd() < 0.5) {
          edges.push({
            id: `sf-${i}`,
            type: "PARTY_TO",
            modality: "ACTUAL",
            evidenceKind: "STATED",
            source: `synthetic-${i}`,
            target: `synthetic-${Math.floor(rnd() * n)}`,
            dates: [],
            evidence: [],
          });
        }
      }
      const positions = new Map(
        nodes.map((d, i) => [
          d.id,
          [Math.cos(i) * Math.sqrt(i) * 10, Math.sin(i) * Math.sqrt(i) * 10, 0] as [number, number, number],
        ]),
      );
      x.scene.merge({ nodes, edges, truncated: false }, undefined, positions);
      x.sceneChanged(false);
      return { nodes: x.graph.order, edges: x.graph.size };
    },
    startLayout: () => x.startLayout(),
    /** Iterations the last layout made before it stopped by itself. */
    layoutIterations: () => x.layout.iterations,
    timings: () => x.timings,
    renderer: x.renderer,
  };
}

declare global {
  interface Window {
    __explorer?: ReturnType<typeof testHooks>;
  }
}
