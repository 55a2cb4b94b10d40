import type { NodeData } from "../api";

import { relationName } from "../../../src/domain/relation-labels";
import { API_LANG, language, type Language } from "../i18n/language";

/** Captions follow the interface language. */
export type Script = Language;
export type SizeByChoice = "NONE" | "DEGREE" | "STRENGTH" | "BETWEENNESS" | "PAGERANK" | "CONSTRAINT";
export const SIZE_BY_CHOICES: SizeByChoice[] = ["NONE", "DEGREE", "STRENGTH", "BETWEENNESS", "PAGERANK", "CONSTRAINT"];

/** One colour per entity kind, in the legend's order. */
export const KIND_COLOURS: Record<string, string> = {
  City: "#1f77b4",
  Province: "#aec7e8",
  Corridor: "#17becf",
  University: "#2ca02c",
  ResearchInstitute: "#98df8a",
  Academy: "#bcbd22",
  Person: "#e377c2",
  Platform: "#ff7f0e",
  Enterprise: "#8c564b",
  GovernmentBody: "#7f7f7f",
  Organization: "#c49c94",
  Industry: "#9467bd",
  Event: "#d62728",
  Agreement: "#ff9896",
};

export const KINDS = Object.keys(KIND_COLOURS);

export const RELATION_TYPES = [
  "ACADEMICIAN_OF",
  "AFFILIATED_WITH",
  "ATTENDED",
  "AWARDED",
  "CENTRAL_CITY_OF",
  "COOPERATES_WITH",
  "FOCUSES_ON",
  "FOUNDED",
  "HELD_IN",
  "HOLDS_OFFICE_IN",
  "HOSTED",
  "LAUNCHED_AT",
  "LOCATED_IN",
  "MEMBER_OF",
  "PARTY_TO",
  "PART_OF",
  "SIGNED_AT",
  "SPOKE_AT",
];

/** Kinds the time slider applies to. */
export const DATED_KINDS = new Set(["Agreement", "Event"]);

export const PATH_COLOUR = "#e4572e";
export const DIMMED = "#e2e2e2";
/** A planned or hoped-for relationship: a cool blue, apart from the grey of what happened. */
export const NOT_YET_COLOUR = "#7fa7d9";

export function caption(n: NodeData, script: Script): string {
  return script === "hant" ? n.captionHant : script === "en" ? n.captionEn : n.caption;
}

/** A relationship type by its name in the interface language, read from start to end (or back). */
export function relationTypeName(type: string, direction: "forward" | "backward" = "forward"): string {
  return relationName(type, API_LANG[language()], direction);
}

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? "#333";
}

/** Node radius in pixels for a score between 0 and the scene's maximum (area grows with the score). */
export function sizeFor(score: number | undefined, max: number): number {
  if (score === undefined || max <= 0) return 5;
  return 4 + 16 * Math.sqrt(Math.max(0, score) / max);
}
