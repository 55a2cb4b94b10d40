import type { NodeData } from "../api";
import type { Explorer } from "../explorer";
import { byId, dot, el } from "../ui/dom";
import { t } from "../i18n/language";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { kindColour } from "./style";
import { communities, type CommunityAnswer } from "./style-api";
import {
  communityColour,
  gradientColour,
  KIND_RULE,
  NO_VALUE,
  numericKeys,
  numericValue,
  ruleFromKey,
  ruleKey,
  type ColourRule,
  type CommunityAlgorithm,
  type RuleNetwork,
} from "./style-rules";

/** A community as the scene sees it: its members on the canvas, biggest in the scene first. */
export interface SceneCommunity {
  id: number;
  colour: string;
  count: number;
}

/**
 * Node colour by a rule (Bloom's rule-based styling): by kind, by the community the API finds (on the
 * partnership network or the scene's own links), or along a gradient of a numeric property.
 */
export class ColourBy {
  rule: ColourRule = KIND_RULE;
  answer: CommunityAnswer | null = null;
  /** Community position (in the scene's order) of each node the answer places. */
  private communityOf = new Map<string, number>();
  sceneCommunities: SceneCommunity[] = [];
  range: { min: number; max: number } | null = null;
  private asked = "";
  /** The latest question put to the API; earlier answers arriving later are dropped. */
  private asking = 0;
  private timer = 0;

  constructor(private readonly x: Explorer) {
    const select = byId<HTMLSelectElement>("colour-by");
    const network = byId<HTMLSelectElement>("colour-network");
    const changed = () => {
      this.rule = ruleFromKey(select.value, network.value as RuleNetwork);
      void this.update();
      x.persist();
    };
    select.addEventListener("change", changed);
    network.addEventListener("change", changed);
  }

  set(rule: ColourRule): void {
    this.rule = rule;
    this.renderOptions();
  }

  /** The gradient choices follow the scene's numeric properties; the menu shows the rule in force. */
  renderOptions(): void {
    const select = byId<HTMLSelectElement>("colour-by");
    const group = byId<HTMLOptGroupElement>("colour-gradient");
    const keys = numericKeys(this.x.graph.mapNodes((_n, a) => a.data));
    if (this.rule.by === "PROPERTY" && !keys.includes(this.rule.key)) keys.push(this.rule.key);
    group.label = t("colour.gradient");
    group.replaceChildren(...keys.map(k => el("option", { text: propertyName(k) })));
    keys.forEach((k, i) => ((group.children[i] as HTMLOptionElement).value = `PROPERTY:${k}`));
    select.value = ruleKey(this.rule);
    const network = byId<HTMLSelectElement>("colour-network");
    if (this.rule.by === "COMMUNITY") network.value = this.rule.network;
    byId("colour-network-label").hidden = this.rule.by !== "COMMUNITY";
  }

  colourOf(node: string, d: NodeData): string {
    const rule = this.rule;
    if (rule.by === "KIND") return kindColour(d.kind);
    if (rule.by === "COMMUNITY") {
      const c = this.communityOf.get(node);
      return c === undefined ? NO_VALUE : communityColour(c);
    }
    const v = numericValue(d, rule.key);
    if (v === undefined || !this.range) return NO_VALUE;
    const span = this.range.max - this.range.min;
    return gradientColour(span > 0 ? (v - this.range.min) / span : 1);
  }

  /**
   * The colour the rule gives an entity wherever its dot is shown (inspector, neighbour and search lists): its
   * drawn colour when it is on the canvas; off the canvas its kind's colour under the kind rule, else none
   * (a community or gradient is known only for the scene's nodes).
   */
  colourOfId(id: string, kind: string): string {
    const { graph } = this.x;
    if (graph.hasNode(id)) return this.colourOf(id, graph.getNodeAttribute(id, "data"));
    return this.rule.by === "KIND" ? kindColour(kind) : NO_VALUE;
  }

  /** A dot in an entity's colour that follows the rule when the rule or its answer changes. */
  dotOf(id: string, kind: string): HTMLSpanElement {
    const d = dot(this.colourOfId(id, kind));
    d.dataset.node = id;
    d.dataset.kind = kind;
    return d;
  }

  /** Every entity dot outside the canvas takes the colour the rule now gives. */
  private recolourDots(): void {
    for (const d of document.querySelectorAll<HTMLElement>(".dot[data-node]")) {
      d.style.background = this.colourOfId(d.dataset.node!, d.dataset.kind ?? "");
    }
  }

  /** After the scene changed: a rule that depends on what the scene holds is computed again. */
  schedule(): void {
    this.renderOptions();
    if (this.rule.by === "KIND") return;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.update(), 300);
  }

  async update(): Promise<void> {
    this.renderOptions();
    const rule = this.rule;
    if (rule.by === "PROPERTY") {
      const values = this.x.graph.mapNodes((_n, a) => numericValue(a.data, rule.key)).filter(v => v !== undefined);
      this.range = values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
    }
    if (rule.by === "COMMUNITY") await this.fetchCommunities(rule.algorithm, rule.network);
    else this.assign();
    this.recolourDots();
    this.x.legend.render();
    this.x.refresh();
  }

  private async fetchCommunities(algorithm: CommunityAlgorithm, network: RuleNetwork): Promise<void> {
    const { graph } = this.x;
    const ids = graph.nodes();
    if (!ids.length) {
      this.answer = null;
      this.assign();
      return;
    }
    const kindOf = (id: string) => graph.getNodeAttribute(id, "data").kind;
    // The partnership network does not change with the scene, save for its level (cities only, or not).
    const key = JSON.stringify([
      algorithm,
      network,
      network === "SCENE" ? [...ids].sort() : ids.every(id => kindOf(id) === "City"),
    ]);
    const asking = ++this.asking;
    if (key === this.asked && this.answer) return this.assign();
    await this.x.busy(t("colour.busy"), async () => {
      const answer = await communities(algorithm, network, ids, kindOf);
      // Another rule (or network) was chosen while this one was computed: its answer is the one to keep.
      if (asking !== this.asking) return;
      this.answer = answer;
      this.asked = key;
      this.assign();
    });
  }

  /** Numbers the communities by how many of their members the scene holds, most first. */
  private assign(): void {
    this.communityOf.clear();
    this.sceneCommunities = [];
    if (this.rule.by !== "COMMUNITY" || !this.answer) return;
    const { graph } = this.x;
    const present = this.answer.communities
      .map(c => ({ id: c.id, members: c.members.filter(m => graph.hasNode(m)) }))
      .filter(c => c.members.length)
      .sort((a, b) => b.members.length - a.members.length || a.id - b.id);
    present.forEach((c, i) => {
      for (const m of c.members) this.communityOf.set(m, i);
      this.sceneCommunities.push({ id: c.id, colour: communityColour(i), count: c.members.length });
    });
  }

  /** How many scene nodes the rule gives no colour of its own (outside the network, or without the number). */
  withoutValue(): number {
    if (this.rule.by === "COMMUNITY") return this.x.graph.order - this.communityOf.size;
    if (this.rule.by === "PROPERTY") {
      const key = this.rule.key;
      return this.x.graph.filterNodes((_n, a) => numericValue(a.data, key) === undefined).length;
    }
    return 0;
  }
}

/** A numeric property by its name in the interface language where the interface has one. */
export function propertyName(key: string): string {
  const message = `prop.${key}`;
  return message in MESSAGES ? t(message as MessageKey) : key;
}
