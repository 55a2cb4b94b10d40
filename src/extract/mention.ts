import { pinyin } from "pinyin-pro";
import { ID_PREFIX, type EntityKind } from "../domain/entity-kind";
import type { KnownEntity } from "./gazetteer";

/** One place in the match text where the page names an entity. */
export interface Mention {
  start: number;
  end: number;
  kind: EntityKind;
  /** Simplified name the entity would get. */
  name: string;
  aliases: string[];
  known?: KnownEntity;
  rule: string;
  confidence: number;
  /** Named by context only (市政府 on a page about one city). */
  implied?: boolean;
}

/** The id the seed format would give a new entity: kind prefix, then the name's toneless pinyin. */
export function proposedId(kind: EntityKind, name: string): string {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map(s => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  return `${ID_PREFIX[kind]}${syllables.join("-").slice(0, 60).replace(/-+$/, "")}`;
}

export const idOf = (m: Mention): string => m.known?.id ?? proposedId(m.kind, m.name);

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
export const inside = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.start && a.end <= b.end;
