import type { Explorer } from "../explorer";
import { byId } from "../ui/dom";
import { t } from "../i18n/language";
import { SIZE_BY_CHOICES, sizeFor, type SizeByChoice } from "./style";
import { sizeScores, type NetworkEcho } from "./style-api";

/**
 * Node size by a centrality the API computes: degree, betweenness and PageRank over exactly the scene's
 * entities and their links; strength and constraint on the partnership network (they exist only there).
 */
export class SizeBy {
  choice: SizeByChoice = "NONE";
  private scores = new Map<string, number>();
  /** The scores' range over the scene and the network they were computed on, for the legend. */
  scale: { min: number; max: number; network: NetworkEcho } | null = null;
  private timer = 0;

  constructor(private readonly x: Explorer) {
    const select = byId<HTMLSelectElement>("size-by");
    select.addEventListener("change", () => {
      this.choice = select.value as SizeByChoice;
      void this.update();
      x.persist();
    });
  }

  set(choice: SizeByChoice | undefined): void {
    this.choice = choice && SIZE_BY_CHOICES.includes(choice) ? choice : "NONE";
    byId<HTMLSelectElement>("size-by").value = this.choice;
  }

  /** Low constraint marks a broker: under CONSTRAINT the least constrained node is drawn largest. */
  get inverted(): boolean {
    return this.choice === "CONSTRAINT";
  }

  sizeOf(node: string): number {
    if (this.choice === "NONE") return 6;
    const s = this.scores.get(node);
    if (!this.scale || s === undefined) return sizeFor(undefined, 0);
    const { min, max } = this.scale;
    return this.inverted ? sizeFor(max - s, max - min) : sizeFor(s, max);
  }

  /** How many scene nodes have no score (outside the partnership network, or past the API's 500). */
  withoutScore(): number {
    return this.x.graph.filterNodes(n => !this.scores.has(n)).length;
  }

  reset(): void {
    this.scores.clear();
    this.scale = null;
  }

  schedule(): void {
    if (this.choice === "NONE") return;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.update(), 300);
  }

  async update(): Promise<void> {
    if (this.choice === "NONE" || !this.x.graph.order) {
      this.reset();
      this.x.legend.render();
      this.x.refresh();
      return;
    }
    const algorithm = this.choice;
    const { graph } = this.x;
    await this.x.busy(t("size.busy", { algorithm: t(`size.${algorithm}`) }), async () => {
      const answer = await sizeScores(algorithm, graph.nodes(), id => graph.getNodeAttribute(id, "data").kind);
      if (algorithm !== this.choice) return;
      this.scores = new Map([...answer.scores].filter(([id]) => graph.hasNode(id)));
      const values = [...this.scores.values()];
      this.scale = values.length
        ? { min: Math.min(...values), max: Math.max(0, ...values), network: answer.network }
        : null;
      this.x.legend.render();
      this.x.refresh();
    });
  }
}
