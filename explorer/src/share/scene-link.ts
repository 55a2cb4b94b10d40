import * as api from "../api";
import type { Explorer } from "../explorer";
import { byId } from "../ui/dom";
import { t } from "../i18n/language";
import { decodeScene, encodeScene, type SceneState } from "./scene-codec";
import { readRule } from "../style/style-rules";

/**
 * The address is the scene: every change is written to the URL fragment, and a link restores it. Each
 * change of what the scene holds (not of the camera, the layout or the language) is a new entry in the
 * browser's history, so Back, Forward, Ctrl-Z and Ctrl-Shift-Z step through the scene's past.
 */
export class SceneLink {
  private timer = 0;
  /** This entry's place in the history this page made, and the furthest one (for redo). */
  private index = 0;
  private top = 0;
  /** What the current entry holds, to tell a new step from a camera move. */
  private lastStep = "";
  private travelling = false;
  /** Writes go one after another, so a step encoded while another is written is not lost. */
  private writing: Promise<void> = Promise.resolve();
  /** The entities the last written entry holds. */
  private lastNodes = "";

  constructor(private readonly x: Explorer) {
    window.addEventListener("popstate", e => void this.travel((e.state as { scene?: number } | null)?.scene ?? 0));
    document.addEventListener("keydown", e => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).closest?.("input, textarea, select")) return;
      const key = e.key.toLowerCase();
      const redo = (key === "z" && e.shiftKey) || key === "y";
      if (key !== "z" && !redo) return;
      e.preventDefault();
      void this.step(redo ? 1 : -1);
    });
    byId("share").addEventListener("click", async () => {
      await this.persistNow();
      await navigator.clipboard?.writeText(location.href).catch(() => undefined);
      x.status(t("share.copied"));
    });
  }

  /** True while Back or Forward rebuilds a scene: between its clear and its restore the scene is not settled. */
  get rebuilding(): boolean {
    return this.travelling;
  }

  state(): SceneState {
    const { graph, renderer, paths } = this.x;
    const cam = renderer.getCamera().getState();
    return {
      v: 1,
      nodes: graph.mapNodes((n, a) => [n, Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100, a.fixed ? 1 : 0]),
      script: this.x.script,
      sizeBy: this.x.sizeBy.choice,
      colourBy: this.x.colourBy.rule,
      hiddenKinds: [...this.x.legend.hiddenKinds],
      expandKinds: this.x.filters.kinds,
      expandVia: this.x.filters.via,
      time: this.x.time.window,
      path:
        paths.ends.from && paths.ends.to
          ? {
              from: paths.ends.from,
              to: paths.ends.to,
              mode: paths.found.length > 1 ? "K_SHORTEST" : "SHORTEST",
              k: paths.k,
              network: paths.network,
            }
          : null,
      camera: { x: cam.x, y: cam.y, ratio: cam.ratio },
    };
  }

  /**
   * A change of which entities the scene holds (add, expand, hide, clear) is its own step at once, so an undo
   * right after an expand and a hide takes back the hide alone. Slider drags and camera moves are gathered for
   * 400 ms into one entry.
   */
  persist(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    if (!this.travelling && idsOf(this.x.graph.nodes()) !== this.lastNodes) void this.persistNow();
    else this.timer = window.setTimeout(() => void this.persistNow(), 400);
  }

  /** Undo or redo: a change not yet written down becomes a step first, so undo takes back the latest. */
  private async step(by: 1 | -1): Promise<void> {
    await (this.timer ? this.persistNow() : this.writing);
    if (by < 0 && this.index > 0) history.back();
    else if (by > 0 && this.index < this.top) history.forward();
  }

  persistNow(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = 0;
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    if (this.travelling) return;
    const at = this.index;
    const state = this.state();
    const empty = this.empty();
    const hash = empty ? "" : await encodeScene(state);
    // A Back or Forward came while the scene was encoded: that entry keeps its own scene.
    if (this.travelling || this.index !== at) return;
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`;
    const step = empty ? "" : stepOf(state);
    if (step !== this.lastStep) {
      this.top = ++this.index;
      history.pushState({ scene: this.index }, "", url);
    } else history.replaceState({ scene: this.index }, "", url);
    this.lastStep = step;
    this.lastNodes = idsOf(state.nodes.map(n => n[0]));
  }

  /** Marks the scene as the page's first history entry (after a shared link is restored). */
  begin(): void {
    history.replaceState({ scene: 0 }, "", location.href);
    this.lastStep = this.empty() ? "" : stepOf(this.state());
    this.lastNodes = idsOf(this.x.graph.nodes());
  }

  /** A scene with nothing on it and nothing hidden has no address of its own. */
  private empty(): boolean {
    return !(this.x.graph.order || this.x.legend.hiddenKinds.size);
  }

  /** Back or forward: the scene of that entry, rebuilt from its address. */
  private async travel(index: number): Promise<void> {
    this.index = index;
    this.travelling = true;
    try {
      this.x.scene.clear();
      this.x.legend.hiddenKinds.clear();
      if (location.hash.length > 1) await this.restore(location.hash, true);
      else this.x.refresh();
    } finally {
      this.travelling = false;
    }
    this.lastStep = this.empty() ? "" : stepOf(this.state());
    this.lastNodes = idsOf(this.x.graph.nodes());
  }

  /** Rebuilds a scene from an address; stepping through history keeps the language the reader chose. */
  async restore(hash: string, keepLanguage = false): Promise<void> {
    const x = this.x;
    const state = await decodeScene(hash).catch(() => null);
    if (!state) {
      x.status(t("share.damaged"), true);
      return;
    }
    if (state.script !== x.script && !keepLanguage) x.setLanguage(state.script, false);
    x.sizeBy.set(state.sizeBy);
    x.colourBy.set(readRule(state.colourBy));
    x.legend.hiddenKinds = new Set(state.hiddenKinds);
    x.filters.set(state.expandKinds, state.expandVia);
    x.time.window = state.time;
    await x.busy(t("share.loading"), async () => {
      const positions = new Map(
        state.nodes.map(([id, px, py, pinned]) => [id, [px, py, pinned] as [number, number, number]]),
      );
      const view = await api.subgraphOf([...positions.keys()]);
      x.timings.fetched = performance.now();
      x.scene.merge(view, undefined, positions);
      x.legend.render();
      x.time.updateDomain();
      if (state.camera) x.renderer.getCamera().setState(state.camera);
      if (state.path && x.graph.hasNode(state.path.from) && x.graph.hasNode(state.path.to)) {
        x.paths.k = state.path.k;
        x.paths.network = state.path.network ?? "FACTS";
        x.paths.setEnd("from", state.path.from);
        x.paths.setEnd("to", state.path.to);
        await x.paths.show();
      }
      await x.sizeBy.update();
      await x.colourBy.update();
      x.refresh();
    });
  }
}

/** What a history step holds: the scene's entities and settings, leaving out camera, positions and language. */
function stepOf(state: SceneState): string {
  const { camera: _camera, nodes, script: _script, ...rest } = state;
  return JSON.stringify({ ...rest, nodes: nodes.map(n => n[0]).sort() });
}

function idsOf(nodes: string[]): string {
  return [...nodes].sort().join("\n");
}
