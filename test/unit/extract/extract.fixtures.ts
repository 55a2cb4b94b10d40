import fs from "node:fs";
import path from "node:path";

export const SEEDS_DIR = path.resolve(__dirname, "../../../seeds");
export const SOURCES_DIR = path.join(SEEDS_DIR, "sources");

export interface SeedJson {
  source: { file: string; title: string; publishedOn?: string };
  entities: { id: string; kind: string; name: string; aliases?: string[] }[];
  relations: { type: string; from: string; to: string }[];
}

/** The curated seed files with their article texts, read straight from disk. */
export const curated = fs
  .readdirSync(SEEDS_DIR)
  .filter(f => f.endsWith(".json"))
  .sort()
  .map(file => {
    const seed = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, file), "utf8")) as SeedJson;
    return { file, seed, page: fs.readFileSync(path.join(SOURCES_DIR, seed.source.file), "utf8") };
  });
