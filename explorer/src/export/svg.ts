/** A drawing of the scene for a report: what the canvas shows, with a title, notes and a legend. */
export interface Picture {
  width: number;
  height: number;
  title: string;
  /** Lines under the title: the date window, the names' language, the day it was made. */
  notes: string[];
  nodes: { x: number; y: number; radius: number; colour: string; label: string }[];
  edges: { x1: number; y1: number; x2: number; y2: number; colour: string; dashed: boolean }[];
  legend: { colour: string; text: string }[];
}

const SVG = "http://www.w3.org/2000/svg";
const LINE = 16;
const LEGEND_ROW = 18;

/** A rough width of a legend entry: CJK characters are about twice as wide as Latin ones. */
const textWidth = (text: string, px: number) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? px : px * 0.6), 0);

/** Legend entries placed in rows that wrap at the picture's width. */
function legendRows(items: Picture["legend"], width: number): { x: number; y: number; item: Picture["legend"][0] }[] {
  const placed = [];
  let x = 12;
  let y = 0;
  for (const item of items) {
    const w = 22 + textWidth(item.text, 12) + 16;
    if (x > 12 && x + w > width) {
      x = 12;
      y += LEGEND_ROW;
    }
    placed.push({ x, y, item });
    x += w;
  }
  return placed;
}

/** SVG written through the browser's XML DOM, so every name is escaped by it. */
export function toSvg(p: Picture): string {
  const doc = document.implementation.createDocument(SVG, "svg", null);
  const root = doc.documentElement;
  const add = (parent: Element, name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    parent.append(e);
    return e;
  };
  const header = 28 + LINE * p.notes.length;
  const legend = legendRows(p.legend, p.width);
  const height = header + p.height + (legend.length ? legend[legend.length - 1]!.y + LEGEND_ROW + 12 : 0);
  for (const [k, v] of Object.entries({ width: p.width, height, viewBox: `0 0 ${p.width} ${height}` })) {
    root.setAttribute(k, String(v));
  }
  root.setAttribute("font-family", "sans-serif");
  add(root, "rect", { width: p.width, height, fill: "#fff" });
  add(root, "text", { x: 12, y: 22, "font-size": 16, "font-weight": "bold" }, p.title);
  p.notes.forEach((note, i) =>
    add(root, "text", { x: 12, y: 22 + LINE * (i + 1), "font-size": 12, fill: "#555" }, note),
  );
  const scene = add(root, "g", { transform: `translate(0 ${header})` });
  for (const e of p.edges) {
    const line = { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2, stroke: e.colour, "stroke-width": 1 };
    add(scene, "line", e.dashed ? { ...line, "stroke-dasharray": "5 4" } : line);
  }
  for (const n of p.nodes) add(scene, "circle", { cx: n.x, cy: n.y, r: n.radius, fill: n.colour });
  for (const n of p.nodes) {
    if (n.label) add(scene, "text", { x: n.x + n.radius + 3, y: n.y + 4, "font-size": 11, fill: "#222" }, n.label);
  }
  const key = add(root, "g", { transform: `translate(0 ${header + p.height + 12})` });
  for (const { x, y, item } of legend) {
    add(key, "circle", { cx: x + 6, cy: y + 6, r: 6, fill: item.colour });
    add(key, "text", { x: x + 18, y: y + 10, "font-size": 12, fill: "#222" }, item.text);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** The SVG drawn onto a canvas `scale` times its size, as PNG. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = document.createElement("canvas");
    out.width = Math.round(img.naturalWidth * scale);
    out.height = Math.round(img.naturalHeight * scale);
    out.getContext("2d")!.drawImage(img, 0, 0, out.width, out.height);
    return await new Promise((resolve, reject) =>
      out.toBlob(b => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
