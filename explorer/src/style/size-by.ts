import * as api from "../api";
import type { Explorer } from "../explorer";
import { byId } from "../ui/dom";
import { t } from "../i18n/language";
import { sizeFor, type SizeByChoice } from "./style";

/** Node size by a centrality the API computes over exactly the scene's entities. */
export class SizeBy {
  choice: SizeByChoice = "NONE";
  private scores = new Map<string, number>();
  private maxScore = 0;
  private timer = 0;

  constructor(private readonly x: Explorer) {
    const select = byId<HTMLSelectElement>("size-by");
    select.addEventListener("change", () => {
      this.choice = select.value as SizeByChoice;
      void this.update();
      x.persist();
    });
  }

  set(choice: SizeByChoice): void {
    this.choice = choice;
    byId<HTMLSelectElement>("size-by").value = choice;
  }

  sizeOf(node: string): number {
    return this.choice === "NONE" ? 6 : sizeFor(this.scores.get(node), this.maxScore);
  }

  reset(): void {
    this.scores.clear();
  }

  schedule(): void {
    if (this.choice === "NONE") return;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.update(), 300);
  }

  async update(): Promise<void> {
    if (this.choice === "NONE" || !this.x.graph.order) {
      this.scores.clear();
      this.maxScore = 0;
      this.x.refresh();
      return;
    }
    const algorithm = this.choice;
    await this.x.busy(t("size.busy", { algorithm: t(`size.${algorithm}`) }), async () => {
      const scores = await api.centrality(algorithm, this.x.graph.nodes());
      if (algorithm !== this.choice) return;
      this.scores = new Map(scores.map(s => [s.entity.id, s.score]));
      this.maxScore = Math.max(0, ...scores.map(s => s.score));
      this.x.refresh();
    });
  }
}
