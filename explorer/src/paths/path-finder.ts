import type { Explorer } from "../explorer";
import { byId, el } from "../ui/dom";
import { API_LANG, language, t } from "../i18n/language";
import { chains, type Chain, type NetworkUsed, type PathNetwork } from "../partnership/partnership-api";
import { term, tieDetails } from "../partnership/tie-view";
import { relationTypeName, RELATION_TYPES } from "../style/style";
import { chainList } from "./chain-view";
import { chainSummary } from "./chain-summary";
import { PathOverlay, PATH_COLOURS } from "./path-overlay";

/**
 * The path box: two ends picked on the canvas, the paths between them found on partnership ties (or, when
 * asked, on every stored relationship), each drawn in its own colour with a toggle and read as steps.
 */
export class PathFinder {
  ends: { from: string | null; to: string | null } = { from: null, to: null };
  found: Chain[] = [];
  /** Whether each found path is drawn. */
  shown: boolean[] = [];
  /** The entities and (on FACTS) the relationships of the paths drawn. */
  nodes = new Set<string>();
  edges = new Set<string>();
  /** The partnership network the paths were found on, as the API echoes it. */
  used: NetworkUsed | null = null;
  private readonly overlay: PathOverlay;

  constructor(private readonly x: Explorer) {
    this.overlay = new PathOverlay(x);
    byId("path-show").addEventListener("click", () => void this.show());
    byId("path-clear").addEventListener("click", () => this.clear(true));
    byId("path-network").addEventListener("change", () => this.showOptions());
    this.fillVia();
    this.showOptions();
  }

  get k(): number {
    return Number(byId<HTMLSelectElement>("path-mode").value);
  }

  set k(k: number) {
    byId<HTMLSelectElement>("path-mode").value = String(k);
  }

  get network(): PathNetwork {
    return byId<HTMLSelectElement>("path-network").value as PathNetwork;
  }

  set network(n: PathNetwork) {
    byId<HTMLSelectElement>("path-network").value = n;
    this.showOptions();
  }

  private get via(): string[] {
    return [...byId<HTMLSelectElement>("path-via").selectedOptions].map(o => o.value);
  }

  private fillVia(): void {
    const select = byId<HTMLSelectElement>("path-via");
    const chosen = new Set(this.via);
    select.replaceChildren(
      ...RELATION_TYPES.map(type => {
        const o = el("option", { text: relationTypeName(type) });
        o.value = type;
        o.selected = chosen.has(type);
        return o;
      }),
    );
  }

  /** Relationship types matter on the fact network, planned ties on the partnership network. */
  private showOptions(): void {
    const facts = this.network === "FACTS";
    byId("path-via-box").hidden = !facts;
    byId("path-planned-box").hidden = facts;
  }

  /** The ends' names, the relationship types and the steps in the chosen caption language. */
  relabel(): void {
    for (const end of ["from", "to"] as const) {
      const id = this.ends[end];
      byId(`path-${end}`).textContent = id && this.x.graph.hasNode(id) ? this.x.labels.of(id) : "—";
    }
    this.fillVia();
    if (this.found.length) this.renderSteps();
  }

  private name = (id: string): string => {
    if (this.x.graph.hasNode(id)) return this.x.labels.of(id);
    return this.found.flatMap(p => p.nodes).find(n => n.id === id)?.name ?? id;
  };

  renderSteps(): void {
    const used = this.used
      ? el("p", {
          className: "hint path-network-used",
          text: t("path.usedNetwork", {
            network: t(`path.network.${this.network}` as const),
            modalities: this.used.modalities.map(m => term("modality", m)).join("、"),
          }),
        })
      : null;
    byId("path-steps").replaceChildren(
      ...(used ? [used] : []),
      ...chainList(this.found, PATH_COLOURS, this.shown, {
        name: this.name,
        onStep: (p, s) => this.openStep(p, s),
        onToggle: (p, on) => this.toggle(p, on),
        onCopy: p => void this.copy(p),
      }),
    );
  }

  private openStep(path: number, step: number): void {
    const s = this.found[path]?.steps[step];
    if (!s) return;
    if (s.relationId) this.x.details.selectEdge(s.relationId);
    else if (s.tie) byId("details").replaceChildren(tieDetails(s.tie, this.name(s.from.id), this.name(s.to.id)));
  }

  toggle(path: number, on: boolean): void {
    this.shown[path] = on;
    this.highlight();
    this.renderSteps();
  }

  drawn() {
    return this.overlay.drawn;
  }

  /** The chain as text with its citations, on the clipboard. */
  summary(path: number): string {
    return chainSummary(this.found[path]!, path + 1, this.name);
  }

  private async copy(path: number): Promise<void> {
    await navigator.clipboard?.writeText(this.summary(path)).catch(() => undefined);
    this.x.status(t("path.copied", { n: path + 1 }));
  }

  setEnd(end: "from" | "to", id: string): void {
    this.ends[end] = id;
    this.relabel();
    byId<HTMLButtonElement>("path-show").disabled = !(this.ends.from && this.ends.to);
    this.x.persist();
  }

  async show(): Promise<void> {
    const { from, to } = this.ends;
    if (!from || !to) return;
    const planned = byId<HTMLInputElement>("path-planned").checked;
    await this.x.busy(t("path.busy"), async () => {
      const answer = await chains({
        from,
        to,
        k: this.k,
        network: this.network,
        via: this.via,
        modalities: planned ? ["ACTUAL", "PLANNED", "ASPIRATION"] : ["ACTUAL"],
        lang: API_LANG[language()],
      });
      const found = answer.paths;
      const ids = [...new Set(found.flatMap(p => p.nodes.map(n => n.id)))];
      const a = this.x.graph.getNodeAttributes(from);
      const b = this.x.graph.getNodeAttributes(to);
      const added = await this.x.scene.connect(ids, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      this.found = found;
      this.used = answer.network.partnership;
      this.shown = found.map(() => true);
      this.highlight();
      this.renderSteps();
      this.x.sceneChanged(added.length > 0, ids);
      this.x.status(found.length ? t("path.found", { count: found.length, steps: found[0]!.length }) : t("path.none"));
    });
  }

  /** What is drawn follows the paths shown. */
  private highlight(): void {
    const drawn = this.found.filter((_p, i) => this.shown[i] !== false);
    this.nodes = new Set(drawn.flatMap(p => p.nodes.map(n => n.id)));
    this.edges = new Set(drawn.flatMap(p => p.steps.flatMap(s => (s.relationId ? [s.relationId] : []))));
    this.overlay.refresh();
  }

  clear(ends: boolean): void {
    this.found = [];
    this.shown = [];
    this.used = null;
    this.nodes.clear();
    this.edges.clear();
    byId("path-steps").replaceChildren();
    if (ends) {
      this.ends = { from: null, to: null };
      byId("path-from").textContent = "—";
      byId("path-to").textContent = "—";
      byId<HTMLButtonElement>("path-show").disabled = true;
    }
    this.overlay.refresh();
    this.x.persist();
  }
}
