import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";

export interface SeedJson {
  source: { id: string; file?: string; script: string; title?: string; publisher?: string; publishedOn?: string };
  entities: {
    id: string;
    kind: string;
    name: string;
    nameEn?: string;
    aliases?: string[];
    properties?: Record<string, string>;
    evidence: { quote: string }[];
    attributes?: { quote: string }[];
  }[];
  relations: {
    type: string;
    from: string;
    to: string;
    modality?: string;
    evidenceKind?: string;
    properties?: Record<string, string>;
    evidence: { quote: string }[];
    attributes?: { quote: string }[];
  }[];
}

export const seedsDir = loadConfig().seedsDir;
export const articlesDir = loadConfig().articlesDir;

/** The curated seed files as plain JSON: tests derive their expectations from these, not from constants. */
export function seedFiles(): { file: string; seed: SeedJson }[] {
  return fs
    .readdirSync(seedsDir)
    .filter(f => f.endsWith(".json"))
    .sort()
    .map(f => ({ file: f, seed: JSON.parse(fs.readFileSync(path.join(seedsDir, f), "utf8")) as SeedJson }));
}

export function distinctEntityIds(): Set<string> {
  return new Set(seedFiles().flatMap(s => s.seed.entities.map(e => e.id)));
}

export function distinctRelationKeys(): Set<string> {
  return new Set(seedFiles().flatMap(s => s.seed.relations.map(r => `${r.type}|${r.from}|${r.to}`)));
}
