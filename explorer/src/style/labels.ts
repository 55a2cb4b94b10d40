import * as api from "../api";
import type { Names } from "../api";
import type { Explorer } from "../explorer";
import { caption, type Script } from "./style";

export function nameIn(n: Names, script: Script): string {
  return script === "hant" ? (n.nameHant ?? n.name) : script === "en" ? (n.nameEn ?? n.name) : n.name;
}

/**
 * Node labels that tell entities apart: where two entities in the scene share a caption (苏州 and 宿州
 * are both "Suzhou" in English), each gets its province, or else its name in the other script.
 */
export class Labels {
  private readonly provinces = new Map<string, Names | null>();
  private clashes = new Set<string>();

  constructor(private readonly x: Explorer) {}

  /** Recomputes which captions clash and fetches the provinces of the cities among them. */
  async update(): Promise<void> {
    const { graph, script } = this.x;
    const count = new Map<string, number>();
    graph.forEachNode((_n, a) => count.set(caption(a.data, script), (count.get(caption(a.data, script)) ?? 0) + 1));
    this.clashes = new Set([...count].filter(([, c]) => c > 1).map(([k]) => k));
    const missing = graph.filterNodes(
      (n, a) => a.data.kind === "City" && this.clashes.has(caption(a.data, script)) && !this.provinces.has(n),
    );
    if (!missing.length) return;
    const found = await api.provinces(missing).catch(() => new Map<string, Names>());
    for (const id of missing) this.provinces.set(id, found.get(id) ?? null);
    this.x.refresh();
  }

  of(id: string): string {
    const { graph, script } = this.x;
    const d = graph.getNodeAttribute(id, "data");
    const name = caption(d, script);
    if (!this.clashes.has(name)) return name;
    const province = this.provinces.get(id);
    if (province) return `${name} (${nameIn(province, script)})`;
    const other = script === "en" ? d.caption : d.captionEn;
    return other && other !== name ? `${name} (${other})` : name;
  }
}
