import path from "node:path";
import cliProgress from "cli-progress";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { readSeedFile, SeedFileError, type SeedProblem } from "./seed-file";
import { graphCounts, loadSeed, type Counts } from "./seed-loader";
import type { SeedFileInput } from "./seed.input";

export interface SeedReport extends Counts {
  files: string[];
}

/**
 * Validates every file first (reporting all problems of all files at once), then loads each
 * source in its own transaction, showing progress.
 */
export async function loadSeedFiles(db: Database, files: string[], articlesDir: string | undefined, log: Logger): Promise<SeedReport> {
  const problems: SeedProblem[] = [];
  const seeds: SeedFileInput[] = [];
  for (const file of files) {
    try {
      seeds.push(readSeedFile(file, articlesDir));
    } catch (err) {
      if (err instanceof SeedFileError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length) throw new SeedFileError(problems);

  const total = seeds.reduce((n, s) => n + s.entities.length + s.relations.length, 0);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: "seeding [{bar}] {value}/{total} records | {file}", stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(total, 0, { file: "" });
  let before = 0;
  try {
    for (const [i, seed] of seeds.entries()) {
      const file = path.basename(files[i] ?? "");
      await loadSeed(db, seed, done => bar?.update(before + done, { file }));
      before += seed.entities.length + seed.relations.length;
      log.info({ file, source: seed.source.id, entities: seed.entities.length, relations: seed.relations.length }, "source loaded");
    }
  } finally {
    bar?.stop();
  }
  const counts = await graphCounts(db);
  return { files: files.map(f => path.basename(f)), ...counts };
}
