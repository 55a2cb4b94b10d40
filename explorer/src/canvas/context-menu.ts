import type { Explorer } from "../explorer";
import { byId } from "../ui/dom";

/** Right-click on a node: expand, collapse, remove, or make it a path's end. It stays by its node. */
export class ContextMenu {
  private node: string | null = null;
  private readonly menu = byId("context-menu");

  constructor(private readonly x: Explorer) {
    const r = x.renderer;
    r.on("clickStage", () => this.close());
    r.on("rightClickNode", e => {
      e.event.original.preventDefault();
      this.node = e.node;
      this.menu.hidden = false;
      this.place();
      this.menu.querySelector("button")?.focus();
    });
    // Zooming or panning moves the node: the menu follows it.
    r.getCamera().on("updated", () => this.place());
    this.menu.addEventListener("click", e => {
      const action = (e.target as HTMLElement).dataset.action;
      const id = this.node;
      this.close();
      if (id && action) this.run(action, id);
    });
    document.addEventListener("keydown", e => e.key === "Escape" && this.close());
    document.addEventListener("pointerdown", e => {
      if (!this.menu.hidden && !this.menu.contains(e.target as Node)) this.close();
    });
  }

  close(): void {
    this.menu.hidden = true;
    this.node = null;
  }

  private place(): void {
    if (this.menu.hidden || !this.node) return;
    const d = this.x.renderer.getNodeDisplayData(this.node);
    if (!d) return this.close();
    const v = this.x.renderer.framedGraphToViewport(d);
    this.menu.style.left = `${v.x + 6}px`;
    this.menu.style.top = `${v.y + 6}px`;
  }

  private run(action: string, id: string): void {
    const { scene, paths } = this.x;
    if (action === "expand") void scene.expand(id);
    if (action === "collapse") scene.collapse(id);
    if (action === "remove") scene.remove(id);
    if (action === "path-from") paths.setEnd("from", id);
    if (action === "path-to") paths.setEnd("to", id);
  }
}
