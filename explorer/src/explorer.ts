import type { EdgeAttrs, NodeAttrs } from "./scene/scene-graph";
import { newSceneGraph, LARGE_SCENE_EDGES } from "./scene/scene-graph";
import { Layout } from "./scene/layout";
import { Scene } from "./scene/scene";
import { Camera } from "./canvas/camera";
import { Canvas } from "./canvas/canvas";
import { ContextMenu } from "./canvas/context-menu";
import { SearchBox } from "./search/search-box";
import { PathFinder } from "./paths/path-finder";
import { Labels } from "./style/labels";
import { Legend } from "./style/legend";
import { SizeBy } from "./style/size-by";
import { ColourBy } from "./style/colour-by";
import { StyleLegend } from "./style/style-legend";
import { TimeSlider } from "./time/time-slider";
import { Details } from "./panels/details";
import { ExpandFilters } from "./scene/expand-filters";
import { Selection } from "./scene/selection";
import { ExportMenu } from "./export/export-menu";
import { SceneLink } from "./share/scene-link";
import { Toolbar } from "./ui/toolbar";
import { KeyboardNav } from "./ui/keyboard-nav";
import { Overview } from "./partnership/overview";
import { SavedScenes } from "./share/saved-scenes";
import type { Script } from "./style/style";
import { byId } from "./ui/dom";
import { setLanguage as useLanguage, t, type Language } from "./i18n/language";

/**
 * The page: one scene graph drawn on one canvas, and the controls around it. Each control lives in its
 * own module and reaches the others through this object.
 */
export class Explorer {
  readonly graph = newSceneGraph();
  script: Script = "hans";
  pending = 0;
  /** Milestones of the page's start (ms since navigation), for the benchmark. */
  readonly timings: { fetched?: number; firstRender?: number } = {};

  readonly colourBy = new ColourBy(this);
  readonly styleLegend = new StyleLegend(this);
  readonly legend = new Legend(this);
  readonly labels = new Labels(this);
  readonly sizeBy = new SizeBy(this);
  readonly time = new TimeSlider(this);
  readonly paths = new PathFinder(this);
  readonly details = new Details(this);
  readonly filters = new ExpandFilters(this);
  readonly selection = new Selection(this);
  readonly canvas = new Canvas(this);
  readonly camera = new Camera(this);
  readonly layout = new Layout(this.graph);
  readonly scene = new Scene(this);
  readonly link = new SceneLink(this);
  readonly exports = new ExportMenu(this);
  readonly overview = new Overview(this);
  readonly savedScenes = new SavedScenes(this);

  /** Nodes added while the layout runs, brought into view when it settles. */
  private toReveal = new Set<string>();
  /** An error stays on the status line until the next action replaces it. */
  private errorShown = false;

  constructor() {
    this.layout.onStop = () => {
      this.showLayoutState();
      if (this.graph.size > LARGE_SCENE_EDGES) {
        this.renderer.setSetting("renderLabels", true);
        this.renderer.refresh();
      }
      if (this.toReveal.size) this.camera.fit();
      this.toReveal.clear();
      this.persist();
    };
    new ContextMenu(this);
    new SearchBox(this);
    new Toolbar(this);
    new KeyboardNav(this);
    this.legend.render();
  }

  /** Switches the interface and the captions to another language, and words what is shown anew. */
  setLanguage(lang: Language, remember = true): void {
    this.script = lang;
    useLanguage(lang, remember);
    byId<HTMLSelectElement>("script").value = lang;
    this.filters.translate();
    this.colourBy.renderOptions();
    this.legend.render();
    this.time.showLabel();
    this.showLayoutState();
    void this.labels.update();
    this.refresh();
    this.paths.relabel();
    this.overview.relabel();
    if (this.paths.found.length) void this.paths.show();
    if (this.details.selected.node) this.details.selectNode(this.details.selected.node);
    else if (this.details.selected.edge) this.details.selectEdge(this.details.selected.edge);
    else this.details.showNothing();
  }

  get renderer() {
    return this.canvas.renderer;
  }

  /** Whether a node passes the filters: its kind is shown and its date is in the time window. */
  visible(a: NodeAttrs): boolean {
    if (this.legend.hiddenKinds.has(a.data.kind)) return false;
    return this.time.admits(a);
  }

  /** Whether a relationship passes the time filter (its ends' filters hide it with them). */
  visibleEdge(a: EdgeAttrs): boolean {
    return this.time.admitsEdge(a);
  }

  refresh(): void {
    this.overview.follow();
    this.canvas.adaptToSize();
    this.renderer.refresh();
    const hidden = this.graph.filterNodes((_n, a) => !this.visible(a)).length;
    if (!this.errorShown) {
      this.status(
        t("status.scene", { nodes: this.graph.order, edges: this.graph.size }) +
          (hidden ? t("status.hidden", { hidden }) : ""),
      );
    }
  }

  status(text: string, error = false): void {
    const s = byId("status");
    s.textContent = text;
    s.classList.toggle("error", error);
    this.errorShown = error;
  }

  async busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    this.status(label);
    try {
      return await work();
    } catch (err) {
      this.status(t("status.failed", { what: label.replace(/…$/, ""), message: (err as Error).message }), true);
      return undefined;
    } finally {
      this.pending--;
    }
  }

  /** After the scene changed: legend, time range, drawing, layout for new nodes, and the shared address. */
  sceneChanged(relayout: boolean, added: string[] = []): void {
    this.legend.render();
    this.time.updateDomain();
    void this.labels.update();
    this.refresh();
    if (relayout) this.startLayout();
    this.showLayoutState();
    // New nodes are brought into view: now, and again where the layout settles them.
    if (added.length) {
      this.camera.fit();
      if (this.layout.running) added.forEach(n => this.toReveal.add(n));
    }
    this.sizeBy.schedule();
    this.colourBy.schedule();
    this.persist();
  }

  startLayout(): void {
    this.layout.start();
    this.showLayoutState();
    // A large scene draws neither edges (canvas.ts) nor labels while the layout moves it: each of the worker's
    // answers is a redraw of the whole scene on the page's thread, and labels are most of it.
    if (this.graph.size > LARGE_SCENE_EDGES) this.renderer.setSetting("renderLabels", !this.layout.running);
  }

  /** The button says what a click will do: it offers to stop only a layout that really runs. */
  showLayoutState(): void {
    const button = byId<HTMLButtonElement>("layout");
    button.textContent = t(this.layout.running ? "layout.stop" : "layout.start");
    button.disabled = !this.layout.running && this.graph.order < 2;
  }

  persist(): void {
    this.link.persist();
  }
}
