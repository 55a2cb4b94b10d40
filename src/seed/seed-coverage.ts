import fs from "node:fs";
import path from "node:path";
import { bodyOf, coverage, type BodyBounds, type SentenceCoverage } from "./coverage";
import { seedFilesIn } from "./seed-file";
import type { SeedFileInput } from "./seed.input";

export interface ArticleCoverage {
  file: string;
  sentences: SentenceCoverage[];
}

/** Every quote of a seed file: entity and relation evidence and attribute quotes. */
function quotesOf(seed: SeedFileInput): string[] {
  return [...seed.entities, ...seed.relations].flatMap(f => [
    ...(f.evidence ?? []).map(e => e.quote),
    ...(f.attributes ?? []).map(a => a.quote),
  ]);
}

/** Per article, its body sentences (bounds in articlesDir/bodies.json, beside the texts) and whether a fact quotes each. */
export function seedCoverage(seedsDir: string, articlesDir: string): ArticleCoverage[] {
  const bounds = JSON.parse(fs.readFileSync(path.join(articlesDir, "bodies.json"), "utf8")) as Record<
    string,
    BodyBounds
  >;
  const quotes = new Map<string, string[]>();
  for (const file of seedFilesIn(seedsDir)) {
    const seed = JSON.parse(fs.readFileSync(file, "utf8")) as SeedFileInput;
    if (seed.source.file) quotes.set(seed.source.file, [...(quotes.get(seed.source.file) ?? []), ...quotesOf(seed)]);
  }
  return Object.entries(bounds).map(([file, b]) => ({
    file,
    sentences: coverage(bodyOf(fs.readFileSync(path.join(articlesDir, file), "utf8"), b), quotes.get(file) ?? []),
  }));
}
