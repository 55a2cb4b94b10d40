import type { NodeData } from "../api";

/** Community detection the API runs (GDS). */
export const COMMUNITY_ALGORITHMS = ["LOUVAIN", "LEIDEN", "LABEL_PROPAGATION", "WCC"] as const;
export type CommunityAlgorithm = (typeof COMMUNITY_ALGORITHMS)[number];

/** Which network a community rule runs on: the partnership ties, or the relationships among the scene's entities. */
export type RuleNetwork = "PARTNERSHIP" | "SCENE";

/** How nodes are coloured (Bloom's rule-based styling): by kind, by community, or along a gradient of a number. */
export type ColourRule =
  | { by: "KIND" }
  | { by: "COMMUNITY"; algorithm: CommunityAlgorithm; network: RuleNetwork }
  | { by: "PROPERTY"; key: string };

export const KIND_RULE: ColourRule = { by: "KIND" };

/** Distinct colours for the biggest communities; the rest share OTHER_COMMUNITY. */
export const COMMUNITY_COLOURS = [
  "#e6194b",
  "#3cb44b",
  "#4363d8",
  "#f58231",
  "#911eb4",
  "#42d4f4",
  "#f032e6",
  "#9a6324",
  "#469990",
  "#800000",
  "#808000",
  "#000075",
];
export const OTHER_COMMUNITY = "#a9a9a9";
/** A node the rule has no value for (outside the network, or without the property). */
export const NO_VALUE = "#d9d9d9";

/** Colour of the community at this position among the scene's communities (0 = the one with most nodes). */
export function communityColour(index: number): string {
  return COMMUNITY_COLOURS[index] ?? OTHER_COMMUNITY;
}

/** A sequential scale (light yellow → deep blue), readable on white and in grey print. */
const GRADIENT: [number, number, number][] = [
  [255, 237, 160],
  [254, 178, 76],
  [240, 59, 32],
  [128, 0, 38],
  [37, 52, 148],
];

/** The gradient's colour at t in [0, 1]. */
export function gradientColour(t: number): string {
  const s = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (GRADIENT.length - 1);
  const i = Math.min(GRADIENT.length - 2, Math.floor(s));
  const a = GRADIENT[i]!;
  const b = GRADIENT[i + 1]!;
  const f = s - i;
  const hex = (k: 0 | 1 | 2) =>
    Math.round(a[k] + (b[k] - a[k]) * f)
      .toString(16)
      .padStart(2, "0");
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

/** The CSS gradient the legend draws, with the same stops. */
export function gradientCss(): string {
  return `linear-gradient(to right, ${GRADIENT.map(([r, g, b]) => `rgb(${r},${g},${b})`).join(", ")})`;
}

/** A node's value for a numeric property: its whole-graph degree, or a stored number. */
export function numericValue(n: NodeData, key: string): number | undefined {
  const v = key === "degree" ? n.degree : n.properties[key];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** The numeric properties some node of the scene has: degree always, then stored numbers, by name. */
export function numericKeys(nodes: NodeData[]): string[] {
  const keys = new Set<string>();
  for (const n of nodes) {
    for (const [k, v] of Object.entries(n.properties)) {
      if (typeof v === "number" && Number.isFinite(v) && k !== "degree") keys.add(k);
    }
  }
  return ["degree", ...[...keys].sort()];
}

/** A rule as the value of the colour-by menu, and back (anything unknown reads as by kind). */
export function ruleKey(rule: ColourRule): string {
  if (rule.by === "COMMUNITY") return `COMMUNITY:${rule.algorithm}`;
  if (rule.by === "PROPERTY") return `PROPERTY:${rule.key}`;
  return "KIND";
}

export function ruleFromKey(key: string, network: RuleNetwork): ColourRule {
  const [by, arg] = key.split(":", 2);
  if (by === "COMMUNITY" && COMMUNITY_ALGORITHMS.includes(arg as CommunityAlgorithm)) {
    return { by, algorithm: arg as CommunityAlgorithm, network };
  }
  if (by === "PROPERTY" && arg) return { by, key: arg };
  return KIND_RULE;
}

/** A rule read from a shared link, which may be old (no rule) or damaged: by kind unless it is well formed. */
export function readRule(v: unknown): ColourRule {
  if (!v || typeof v !== "object") return KIND_RULE;
  const r = v as Record<string, unknown>;
  if (r.by === "PROPERTY" && typeof r.key === "string") return { by: "PROPERTY", key: r.key };
  if (r.by === "COMMUNITY" && COMMUNITY_ALGORITHMS.includes(r.algorithm as CommunityAlgorithm)) {
    return {
      by: "COMMUNITY",
      algorithm: r.algorithm as CommunityAlgorithm,
      network: r.network === "SCENE" ? "SCENE" : "PARTNERSHIP",
    };
  }
  return KIND_RULE;
}
