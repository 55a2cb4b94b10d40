import fs from "node:fs";
import path from "node:path";
import type { EntityKind } from "../domain/entity-kind";

/** An entity the graph already has, under every form the page may name it by (all Simplified). */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface Gazetteer {
  /** Form → entity; the longest forms are matched first. */
  forms: Map<string, KnownEntity>;
  byId: Map<string, KnownEntity>;
  /** Relations the graph already states between known entities (type, from, to). */
  relations: { type: string; from: string; to: string }[];
}

interface SeedLike {
  entities: { id: string; kind: string; name: string; aliases?: string[] }[];
  relations?: { type: string; from: string; to: string }[];
}

/** Short generic forms (市政府, 市委) name a different body on every page: resolved per page, not here. */
const GENERIC = /^(市|省|区|县)/;

/** Derived forms: X ↔ X市, X市人民政府 → X市政府. */
function formsOf(e: { kind: string; name: string; aliases?: string[] }): string[] {
  const forms = new Set([e.name, ...(e.aliases ?? [])]);
  for (const f of [...forms]) {
    if (e.kind === "City" && !/[市区县]$/.test(f) && f.length >= 2) forms.add(`${f}市`);
    if (f.endsWith("人民政府")) forms.add(f.replace(/人民政府$/, "政府"));
  }
  return [...forms].filter(f => f.length >= 2 && !(GENERIC.test(f) && f.length <= 4));
}

/** Builds a gazetteer from seed files' contents (the graph is loaded from exactly these). */
export function gazetteerOf(seeds: SeedLike[]): Gazetteer {
  const forms = new Map<string, KnownEntity>();
  const byId = new Map<string, KnownEntity>();
  for (const seed of seeds) {
    for (const e of seed.entities) {
      const known = byId.get(e.id) ?? { id: e.id, kind: e.kind as EntityKind, name: e.name, aliases: [] };
      known.aliases = [...new Set([...known.aliases, ...(e.aliases ?? [])])];
      byId.set(e.id, known);
      for (const f of formsOf(e)) if (!forms.has(f)) forms.set(f, known);
    }
  }
  const sorted = new Map([...forms].sort((a, b) => b[0].length - a[0].length));
  return {
    forms: sorted,
    byId,
    relations: seeds.flatMap(s => s.relations ?? []).map(r => ({ type: r.type, from: r.from, to: r.to })),
  };
}

/** The gazetteer of every seed file in a directory, leaving out the named files (leave-one-out). */
export function gazetteerOfDir(dir: string, leaveOut: string[] = []): Gazetteer {
  const files = fs.readdirSync(dir).filter(f => f.endsWith(".json") && !leaveOut.includes(f));
  return gazetteerOf(files.map(f => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as SeedLike));
}

export const emptyGazetteer = (): Gazetteer => ({ forms: new Map(), byId: new Map(), relations: [] });
