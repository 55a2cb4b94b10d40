import type Graph from "graphology";

const GEXF = "http://gexf.net/1.3";
const VIZ = "http://gexf.net/1.3/viz";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** Drawing attributes: they go into viz: elements, not into the attribute table. */
export const DRAWN = new Set(["x", "y", "size", "color", "label"]);

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [51, 51, 51];
}

/**
 * GEXF 1.3 written through the browser's XML DOM, with the viz namespace Gephi and networkx read
 * (graphology-gexf 0.13 writes a malformed one, so colour, size and position were lost).
 */
export function writeGexf(g: Graph, titles: (key: string) => string = k => k): string {
  const doc = document.implementation.createDocument(GEXF, "gexf", null);
  const root = doc.documentElement;
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:viz", VIZ);
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
  root.setAttributeNS(XSI, "xsi:schemaLocation", `${GEXF} ${GEXF}/gexf.xsd`);
  root.setAttribute("version", "1.3");
  const add = (parent: Element, name: string, attrs: Record<string, string | number> = {}, ns = GEXF) => {
    const e = doc.createElementNS(ns, ns === VIZ ? `viz:${name}` : name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    parent.append(e);
    return e;
  };
  const meta = add(root, "meta", { lastmodifieddate: new Date().toISOString().slice(0, 10) });
  add(meta, "creator").textContent = "innograph explorer";
  const graph = add(root, "graph", { defaultedgetype: "directed", mode: "static" });

  const declared = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const collect = (owner: "node" | "edge", attrs: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(attrs)) {
      if (DRAWN.has(k)) continue;
      if (!declared[owner].has(k)) declared[owner].set(k, typeof v === "number" ? "double" : "string");
    }
  };
  g.forEachNode((_n, a) => collect("node", a));
  g.forEachEdge((_e, a) => collect("edge", a));
  for (const owner of ["node", "edge"] as const) {
    const table = add(graph, "attributes", { class: owner });
    for (const [k, type] of declared[owner]) add(table, "attribute", { id: k, title: titles(k), type });
  }
  const values = (parent: Element, owner: "node" | "edge", attrs: Record<string, unknown>) => {
    const box = add(parent, "attvalues");
    for (const [k, v] of Object.entries(attrs)) {
      if (declared[owner].has(k) && v !== "" && v !== null && v !== undefined) {
        add(box, "attvalue", { for: k, value: String(v) });
      }
    }
  };

  const nodes = add(graph, "nodes");
  g.forEachNode((id, a) => {
    const node = add(nodes, "node", { id, label: String(a.label ?? id) });
    values(node, "node", a);
    const [r, gr, b] = rgb(String(a.color ?? ""));
    add(node, "color", { r, g: gr, b }, VIZ);
    add(node, "position", { x: Number(a.x) || 0, y: Number(a.y) || 0, z: 0 }, VIZ);
    add(node, "size", { value: Number(a.size) || 1 }, VIZ);
  });
  const edges = add(graph, "edges");
  g.forEachEdge((id, a, source, target) => {
    const edge = add(edges, "edge", { id, source, target, label: String(a.label ?? a.type ?? "") });
    values(edge, "edge", a);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}
