import * as api from "../api";
import type { Explorer } from "../explorer";
import { byId } from "../ui/dom";
import { t } from "../i18n/language";
import { decodeScene, encodeScene, type SceneState } from "./scene-codec";

/** The address is the scene: every change is written to the URL fragment, and a link restores it. */
export class SceneLink {
  private timer = 0;

  constructor(private readonly x: Explorer) {
    byId("share").addEventListener("click", async () => {
      await this.persistNow();
      await navigator.clipboard?.writeText(location.href).catch(() => undefined);
      x.status(t("share.copied"));
    });
  }

  state(): SceneState {
    const { graph, renderer, paths } = this.x;
    const cam = renderer.getCamera().getState();
    return {
      v: 1,
      nodes: graph.mapNodes((n, a) => [n, Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100, a.fixed ? 1 : 0]),
      script: this.x.script,
      sizeBy: this.x.sizeBy.choice,
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
            }
          : null,
      camera: { x: cam.x, y: cam.y, ratio: cam.ratio },
    };
  }

  persist(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.persistNow(), 400);
  }

  async persistNow(): Promise<void> {
    clearTimeout(this.timer);
    const hash = this.x.graph.order || this.x.legend.hiddenKinds.size ? await encodeScene(this.state()) : "";
    history.replaceState(null, "", `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`);
  }

  async restore(hash: string): Promise<void> {
    const x = this.x;
    const state = await decodeScene(hash).catch(() => null);
    if (!state) {
      x.status(t("share.damaged"), true);
      return;
    }
    if (state.script !== x.script) x.setLanguage(state.script, false);
    x.sizeBy.set(state.sizeBy);
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
        x.paths.setEnd("from", state.path.from);
        x.paths.setEnd("to", state.path.to);
        await x.paths.show();
      }
      await x.sizeBy.update();
      x.refresh();
    });
  }
}
