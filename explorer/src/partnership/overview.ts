import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import type { Explorer } from "../explorer";
import { formatDate } from "../i18n/dates";
import { t } from "../i18n/language";
import { nameIn } from "../style/labels";
import { kindColour, NOT_YET_COLOUR } from "../style/style";
import type { Names } from "../api";
import { byId, el } from "../ui/dom";
import {
  corridors,
  partnershipNetwork,
  type NetworkEntity,
  type NetworkUsed,
  type PartnershipNetwork,
  type Tie,
} from "./partnership-api";
import { term, tieDetails } from "./tie-view";

interface OverviewNode {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  entity: NetworkEntity;
  strength: number;
}
interface OverviewEdge {
  size: number;
  color: string;
  tie: Tie;
}

/** Strength: the sum of the weights of each node's ties. */
export function strengths(ties: Tie[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const tie of ties) {
    for (const end of [tie.a.id, tie.b.id]) out.set(end, (out.get(end) ?? 0) + tie.weight);
  }
  return out;
}

/**
 * The first screen: while the scene is empty, the whole graph's partnership network at city level (or
 * corridor level), sized by strength, with a line saying what is drawn as the API echoes it. It is a
 * picture of its own over the canvas; a city clicked joins the scene, and the scene's canvas takes over.
 */
export class Overview {
  readonly graph = new Graph<OverviewNode, OverviewEdge>({ type: "undirected" });
  network: PartnershipNetwork | null = null;
  shown = false;
  private renderer: Sigma<OverviewNode, OverviewEdge> | null = null;
  private loaded: string | null = null;
  private loading = false;

  constructor(private readonly x: Explorer) {
    for (const picker of ["overview-level", "overview-corridor"]) {
      byId<HTMLSelectElement>(picker).addEventListener("change", () => {
        this.loaded = null;
        void this.show();
      });
    }
  }

  private get level(): string {
    return byId<HTMLSelectElement>("overview-level").value;
  }

  /** The corridor the network is cut to; "" for the whole graph. */
  private get corridor(): string {
    return byId<HTMLSelectElement>("overview-corridor").value;
  }

  /** The corridor picker's choices, named in the interface language (the graph's corridors, asked once). */
  private corridorNames: (Names & { id: string })[] | null = null;

  private async fillCorridors(): Promise<void> {
    this.corridorNames ??= await corridors().catch(() => []);
    const select = byId<HTMLSelectElement>("overview-corridor");
    const chosen = select.value;
    const all = el("option", { text: t("overview.allCorridors") });
    all.value = "";
    const options = this.corridorNames.map(c => {
      const o = el("option", { text: nameIn(c, this.x.script) });
      o.value = c.id;
      return o;
    });
    select.replaceChildren(all, ...options);
    select.value = chosen;
  }

  /** Shown exactly while the scene is empty (called after every change and redraw, so it must be cheap). */
  follow(): void {
    const empty = this.x.graph.order === 0;
    if (!empty && this.shown) this.hide();
    else if (empty && !this.shown && !this.loading) void this.show();
  }

  async show(): Promise<void> {
    if (!this.corridorNames) await this.fillCorridors();
    const key = `${this.level}|${this.corridor}`;
    if (this.loaded !== key) {
      const network = await this.load(this.level, this.corridor || null);
      if (!network || key !== `${this.level}|${this.corridor}`) return;
      this.network = network;
      this.loaded = key;
      this.build(network);
    }
    // The scene may have filled while the network loaded.
    if (this.x.graph.order) return;
    byId("overview").hidden = false;
    this.shown = true;
    this.draw();
  }

  /** Loads without taking the status line, which may be saying why a shared link could not open. */
  private async load(level: string, corridor: string | null): Promise<PartnershipNetwork | null> {
    this.loading = true;
    this.x.pending++;
    try {
      return await partnershipNetwork(level, corridor);
    } catch (err) {
      this.x.status(t("status.failed", { what: t("overview.title"), message: (err as Error).message }), true);
      return null;
    } finally {
      this.loading = false;
      this.x.pending--;
    }
  }

  hide(): void {
    byId("overview").hidden = true;
    this.shown = false;
  }

  /** Captions and the explanation line in the interface language. */
  relabel(): void {
    if (this.corridorNames) void this.fillCorridors();
    if (!this.network) return;
    this.graph.forEachNode((n, a) => this.graph.setNodeAttribute(n, "label", this.caption(a.entity)));
    this.explain(this.network);
    this.renderer?.refresh();
  }

  private caption(e: NetworkEntity): string {
    const script = this.x.script;
    const name = nameIn(e, script);
    // 苏州 and 宿州 are both "Suzhou": a name shared by two nodes carries its province.
    const same = this.network?.nodes.filter(o => nameIn(o, script) === name).length ?? 0;
    return same > 1 && e.province ? `${name} (${nameIn(e.province, script)})` : name;
  }

  private build(network: PartnershipNetwork): void {
    const g = this.graph;
    g.clear();
    const strength = strengths(network.ties);
    const maxStrength = Math.max(0, ...strength.values());
    const maxWeight = Math.max(0, ...network.ties.map(tie => tie.weight));
    network.nodes.forEach((e, i) => {
      const s = strength.get(e.id) ?? 0;
      const angle = (2 * Math.PI * i) / Math.max(1, network.nodes.length);
      g.addNode(e.id, {
        x: 100 * Math.cos(angle),
        y: 100 * Math.sin(angle),
        size: maxStrength > 0 ? 4 + 18 * Math.sqrt(s / maxStrength) : 6,
        label: "",
        color: kindColour(e.kind),
        entity: e,
        strength: s,
      });
    });
    for (const tie of network.ties) {
      if (!g.hasNode(tie.a.id) || !g.hasNode(tie.b.id) || g.hasEdge(tie.a.id, tie.b.id)) continue;
      g.addEdge(tie.a.id, tie.b.id, {
        size: maxWeight > 0 ? 1 + 7 * (tie.weight / maxWeight) : 1,
        color: tie.modality === "ACTUAL" ? "#8d8d8d" : NOT_YET_COLOUR,
        tie,
      });
    }
    if (g.order > 1) {
      forceAtlas2.assign(g, {
        iterations: 300,
        settings: { ...forceAtlas2.inferSettings(g), edgeWeightInfluence: 1 },
        getEdgeWeight: (_e, a) => a.tie.weight,
      });
    }
    this.relabel();
  }

  private explain(network: PartnershipNetwork): void {
    const used: NetworkUsed = network.network;
    const window =
      used.from || used.to
        ? t("overview.window", {
            from: used.from ? formatDate(used.from) : t("overview.open"),
            to: used.to ? formatDate(used.to) : t("overview.open"),
          })
        : t("overview.allTime");
    const line = network.ties.length
      ? t("overview.line", {
          level: term("level", used.level),
          nodes: network.nodes.length,
          ties: network.ties.length,
          kinds: used.tieKinds.map(k => term("tieKind", k)).join("、"),
          modalities: used.modalities.map(m => term("modality", m)).join("、"),
          window,
          dashed: network.ties.some(tie => tie.modality !== "ACTUAL") ? t("overview.dashed") : "",
        })
      : t("overview.empty");
    // The line says what the network was cut to, as every analytic answer says what it ran on.
    const scope = this.corridorNames?.find(c => c.id === used.corridor);
    byId("overview-line").textContent = scope
      ? t("overview.inScope", { scope: nameIn(scope, this.x.script) }) + line
      : line;
  }

  /** The WebGL picture is made the first time it is shown (a hidden container has no size). */
  private draw(): void {
    if (this.renderer) {
      this.renderer.resize();
      this.renderer.refresh();
      return;
    }
    const r = new Sigma<OverviewNode, OverviewEdge>(this.graph, byId("overview-canvas"), {
      enableEdgeEvents: true,
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 0,
      labelFont: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif',
    });
    r.on("clickNode", ({ node }) => void this.x.scene.add(node));
    r.on("clickEdge", ({ edge }) => this.showTie(edge));
    r.on("enterNode", () => (byId("overview-canvas").style.cursor = "pointer"));
    r.on("leaveNode", () => (byId("overview-canvas").style.cursor = ""));
    this.renderer = r;
  }

  showTie(edge: string): void {
    const { tie } = this.graph.getEdgeAttributes(edge);
    const label = (id: string) => this.graph.getNodeAttribute(id, "label");
    byId("details").replaceChildren(tieDetails(tie, label(tie.a.id), label(tie.b.id)));
  }

  /** Where a node is drawn, in page coordinates (for tests). */
  screenPosition(id: string): { x: number; y: number } | null {
    const d = this.renderer?.getNodeDisplayData(id);
    if (!d || !this.renderer) return null;
    const v = this.renderer.framedGraphToViewport(d);
    const box = this.renderer.getContainer().getBoundingClientRect();
    return { x: box.left + v.x, y: box.top + v.y };
  }

  sizes(): Record<string, number> {
    return Object.fromEntries(this.graph.mapNodes(n => [n, this.renderer?.getNodeDisplayData(n)?.size ?? 0]));
  }
}
