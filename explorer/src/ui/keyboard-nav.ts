import type { Explorer } from "../explorer";
import { byId, el } from "./dom";

/**
 * Keyboard reach for the canvas, which a keyboard cannot point into: a listbox of the scene's visible nodes
 * (read by screen readers, one Tab stop) whose active node gets a focus ring drawn on the canvas. Arrow keys,
 * Home and End move it, Enter opens the node in the inspector, Shift+F10 or the context-menu key opens its
 * menu, whose buttons the arrow keys then move through.
 */
export class KeyboardNav {
  private readonly list = byId<HTMLUListElement>("node-list");
  private readonly ring = byId("focus-ring");
  private readonly menu = byId("context-menu");
  private ids: string[] = [];
  private index = -1;
  private fromKeyboard = false;

  constructor(private readonly x: Explorer) {
    this.list.addEventListener("focus", () => this.render());
    this.list.addEventListener("blur", () => this.place());
    this.list.addEventListener("keydown", e => this.onKey(e));
    x.renderer.on("afterRender", () => this.place());
    this.menu.addEventListener("keydown", e => this.onMenuKey(e));
    // An action chosen from a menu the keyboard opened hands the focus back to the list.
    this.menu.addEventListener("click", () => {
      if (this.fromKeyboard) this.list.focus();
      this.fromKeyboard = false;
    });
  }

  /** The node the focus ring is on. */
  get active(): string | null {
    return this.ids[this.index] ?? null;
  }

  /** The visible nodes by caption, as the listbox offers them. */
  private render(): void {
    const { graph, renderer, labels } = this.x;
    const before = this.active;
    const shown = graph.filterNodes(n => !renderer.getNodeDisplayData(n)?.hidden);
    const label = new Map(shown.map(n => [n, labels.of(n)]));
    this.ids = shown.sort((a, b) => label.get(a)!.localeCompare(label.get(b)!));
    this.list.replaceChildren(
      ...this.ids.map((n, i) => {
        const li = el("li", { className: "data", text: label.get(n) });
        li.id = `node-option-${i}`;
        li.setAttribute("role", "option");
        li.dataset.id = n;
        return li;
      }),
    );
    this.move(before ? Math.max(0, this.ids.indexOf(before)) : this.ids.length ? 0 : -1);
  }

  private move(index: number): void {
    this.list.querySelector('[aria-selected="true"]')?.setAttribute("aria-selected", "false");
    this.index = this.ids.length ? Math.min(this.ids.length - 1, Math.max(0, index)) : -1;
    const option = this.index >= 0 ? this.list.children[this.index] : undefined;
    if (option) {
      option.setAttribute("aria-selected", "true");
      this.list.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else this.list.removeAttribute("aria-activedescendant");
    if (this.active) this.x.camera.show(this.active);
    this.place();
  }

  private onKey(e: KeyboardEvent): void {
    // The scene may have changed since the list was drawn.
    if (this.ids.some(n => !this.x.graph.hasNode(n)) || this.ids.length !== this.x.graph.order) this.render();
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowRight: 1,
      ArrowUp: -1,
      ArrowLeft: -1,
      PageDown: 10,
      PageUp: -10,
    };
    const node = this.active;
    if (e.key in step) this.move(this.index + step[e.key]!);
    else if (e.key === "Home") this.move(0);
    else if (e.key === "End") this.move(this.ids.length - 1);
    else if (e.key === "Enter" && node) this.x.details.selectNode(node);
    else if (((e.key === "F10" && e.shiftKey) || e.key === "ContextMenu") && node) this.openMenu(node);
    else return;
    e.preventDefault();
  }

  /** Opens the node's menu as a right-click on it would (the menu listens to sigma's event). */
  private openMenu(node: string): void {
    this.fromKeyboard = true;
    this.x.renderer.emit("rightClickNode", {
      node,
      event: {
        x: 0,
        y: 0,
        original: new MouseEvent("contextmenu"),
        preventSigmaDefault: () => {},
        sigmaDefaultPrevented: false,
      },
      preventSigmaDefault: () => {},
    });
  }

  /** Up and down move through the menu's buttons; Escape (which closes it) brings the focus back to the list. */
  private onMenuKey(e: KeyboardEvent): void {
    const buttons = [...this.menu.querySelectorAll<HTMLButtonElement>("button")];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const by = e.key === "ArrowDown" ? 1 : -1;
      buttons[(at + by + buttons.length) % buttons.length]?.focus();
    } else if (e.key === "Escape" && this.fromKeyboard) this.list.focus();
  }

  /** The ring sits on the active node while the list has the focus. */
  private place(): void {
    const node = this.active;
    const d = node && document.activeElement === this.list ? this.x.renderer.getNodeDisplayData(node) : undefined;
    if (!d || d.hidden) {
      this.ring.hidden = true;
      return;
    }
    const v = this.x.renderer.framedGraphToViewport(d);
    const r = this.x.renderer.scaleSize(d.size) + 6;
    Object.assign(this.ring.style, {
      left: `${v.x - r}px`,
      top: `${v.y - r}px`,
      width: `${2 * r}px`,
      height: `${2 * r}px`,
    });
    this.ring.hidden = false;
  }
}
