import type { Explorer } from "../explorer";
import { t } from "../i18n/language";
import { byId } from "../ui/dom";

/**
 * Several entities chosen at once (shift-click, or shift-drag a box on the canvas), to expand, hide, or
 * keep while the rest is hidden. Hiding takes entities off the canvas; Back or Ctrl-Z brings them again.
 */
export class Selection {
  readonly ids = new Set<string>();

  constructor(private readonly x: Explorer) {
    byId("selection-expand").addEventListener("click", () => void this.expandAll());
    byId("selection-hide").addEventListener("click", () => this.hide([...this.ids]));
    byId("selection-keep").addEventListener("click", () => this.hide(this.x.graph.filterNodes(n => !this.ids.has(n))));
    byId("selection-clear").addEventListener("click", () => this.set([]));
    document.addEventListener("keydown", e => e.key === "Escape" && this.ids.size && this.set([]));
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  toggle(id: string): void {
    if (this.ids.has(id)) this.ids.delete(id);
    else this.ids.add(id);
    this.changed();
  }

  set(ids: string[]): void {
    this.ids.clear();
    ids.forEach(id => this.ids.add(id));
    this.changed();
  }

  /** Adds the visible entities drawn inside a box of the canvas (viewport pixels). */
  addInBox(a: { x: number; y: number }, b: { x: number; y: number }): void {
    const [left, right] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [top, bottom] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    const { renderer } = this.x;
    this.x.graph.forEachNode((n, attrs) => {
      if (renderer.getNodeDisplayData(n)?.hidden) return;
      const at = renderer.graphToViewport({ x: attrs.x, y: attrs.y });
      if (at.x >= left && at.x <= right && at.y >= top && at.y <= bottom) this.ids.add(n);
    });
    this.changed();
  }

  /** Entities leave the selection when they leave the scene. */
  forget(id: string): void {
    if (this.ids.delete(id)) this.changed();
  }

  private hide(ids: string[]): void {
    for (const id of ids) this.x.scene.remove(id);
    this.set([...this.ids].filter(id => this.x.graph.hasNode(id)));
  }

  private async expandAll(): Promise<void> {
    for (const id of [...this.ids]) await this.x.scene.expand(id);
  }

  private changed(): void {
    const box = byId("selection");
    box.hidden = !this.ids.size;
    byId("selection-count").textContent = t("selection.count", { count: this.ids.size });
    this.x.refresh();
  }
}
