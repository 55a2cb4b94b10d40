import Graph from "graphology";
import type { EdgeData, NodeData } from "../api";
import { DRAWN, writeGexf } from "./gexf";

export interface ExportNode {
  data: NodeData;
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}
export interface ExportEdge {
  data: EdgeData;
}

export function download(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Flat attributes Gephi can read: names in three scripts, kind, dates, and the first quote of each edge. */
function exportGraph(nodes: ExportNode[], edges: ExportEdge[]): Graph {
  const g = new Graph({ multi: true, type: "directed" });
  for (const n of nodes) {
    g.addNode(n.data.id, {
      label: n.label,
      kind: n.data.kind,
      name: n.data.caption,
      nameHant: n.data.captionHant,
      nameEn: n.data.captionEn,
      degree: n.data.degree,
      date: typeof n.data.properties.date === "string" ? n.data.properties.date : "",
      reportedOn: n.data.reportedOn ?? "",
      x: n.x,
      y: n.y,
      size: n.size,
      color: n.color,
    });
  }
  for (const e of edges) {
    if (!g.hasNode(e.data.source) || !g.hasNode(e.data.target)) continue;
    g.addDirectedEdgeWithKey(e.data.id, e.data.source, e.data.target, {
      type: e.data.type,
      modality: e.data.modality,
      evidenceKind: e.data.evidenceKind,
      date: e.data.when?.date ?? "",
      dateBasis: e.data.when?.basis ?? "",
      // Quotes travel only where the page has loaded them (edges opened in the panel).
      quote: e.data.evidence?.[0]?.quote ?? "",
      source: e.data.evidence?.[0]?.source.title ?? "",
    });
  }
  return g;
}

/** Attribute titles and relationship labels in the interface language; attribute ids stay the same in every language. */
export interface ExportWording {
  title(key: string): string;
  relation(type: string): string;
}

export function toGexf(nodes: ExportNode[], edges: ExportEdge[], wording?: ExportWording): string {
  const g = exportGraph(nodes, edges);
  if (wording) g.forEachEdge((e, a) => g.setEdgeAttribute(e, "label", wording.relation(String(a.type))));
  return writeGexf(g, wording?.title);
}

/**
 * GraphML through the browser's own XML DOM and serializer (so every name and quote is escaped by it). Key
 * ids stay the same in every language; a key's `attr.name`, which networkx and Gephi show as the column's
 * name, is its title in the interface language, except the drawing attributes Gephi recognises by name.
 */
export function toGraphml(nodes: ExportNode[], edges: ExportEdge[], wording?: ExportWording): string {
  const g = exportGraph(nodes, edges);
  if (wording) g.forEachEdge((e, a) => g.setEdgeAttribute(e, "label", wording.relation(String(a.type))));
  const title = (attr: string) => (DRAWN.has(attr) || !wording ? attr : wording.title(attr));
  const NS = "http://graphml.graphdrawing.org/xmlns";
  const doc = document.implementation.createDocument(NS, "graphml", null);
  const root = doc.documentElement;
  const keys = new Map<string, string>();
  const declare = (owner: "node" | "edge", attr: string, value: unknown) => {
    const id = `${owner[0]}_${attr}`;
    if (keys.has(id)) return id;
    const key = doc.createElementNS(NS, "key");
    key.setAttribute("id", id);
    key.setAttribute("for", owner);
    key.setAttribute("attr.name", title(attr));
    key.setAttribute("attr.type", typeof value === "number" ? "double" : "string");
    root.append(key);
    keys.set(id, attr);
    return id;
  };
  const graph = doc.createElementNS(NS, "graph");
  graph.setAttribute("edgedefault", "directed");
  const data = (el: Element, owner: "node" | "edge", attrs: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(attrs)) {
      const d = doc.createElementNS(NS, "data");
      d.setAttribute("key", declare(owner, k, v));
      d.textContent = String(v);
      el.append(d);
    }
  };
  g.forEachNode((id, attrs) => {
    const el = doc.createElementNS(NS, "node");
    el.setAttribute("id", id);
    data(el, "node", attrs);
    graph.append(el);
  });
  g.forEachEdge((id, attrs, source, target) => {
    const el = doc.createElementNS(NS, "edge");
    el.setAttribute("id", id);
    el.setAttribute("source", source);
    el.setAttribute("target", target);
    data(el, "edge", attrs);
    graph.append(el);
  });
  root.append(graph);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

export function toJson(nodes: ExportNode[], edges: ExportEdge[]): string {
  return JSON.stringify(
    {
      nodes: nodes.map(n => ({ ...n.data, x: n.x, y: n.y, size: n.size, color: n.color })),
      edges: edges.map(e => e.data),
    },
    null,
    1,
  );
}
