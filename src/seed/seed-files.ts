import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileProgressBar } from "./progress-bar";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { articleText, readSeedFile, SeedFileError, type SeedProblem } from "./seed-file";
import { graphCounts, loadSeed, LoadPhases, refreshDeferredTies, type Counts } from "./seed-loader";
import type { SeedFileInput } from "./seed.input";
import { observeSeedLoad } from "../observability/seed-observer";

export interface SeedReport extends Counts {
  files: string[];
  /** Entity and relation records in the files (a shared entity counts once per file that repeats it). */
  records: number;
  relations: number;
  validateMs: number;
  writeMs: number;
  phases: LoadPhases;
}

/**
 * Up to this many records stay parsed between validation and loading; beyond, each file is read again when its
 * turn comes. Reading again is a hash and a JSON.parse, a small part of validating; keeping 300,000 records
 * parsed took the loader past 1 GB of RSS within the first 30 files of the generated 1M network.
 */
const KEEP_PARSED_RECORDS = 50_000;

const digest = (bytes: Buffer) => createHash("sha1").update(bytes).digest("hex");

/** Unreadable files are readSeedFile's to report, with file and reason. */
function digestOf(file: string): string | undefined {
  try {
    return digest(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * A file read again for loading is the file that was validated when its bytes hash the same; then
 * parsing is enough (validation costs ten times more). A file changed in between is validated again.
 */
function reread(file: string, validated: string | undefined, articlesDir: string): SeedFileInput {
  const bytes = fs.readFileSync(file);
  if (validated !== digest(bytes)) return readSeedFile(file, articlesDir);
  const seed = JSON.parse(bytes.toString("utf8")) as SeedFileInput;
  seed.source.text = articleText(seed.source, file, articlesDir).text;
  return seed;
}

/**
 * Validates every file first (reporting all problems of all files at once), then loads each
 * source in its own transaction, showing progress. A data set too big to keep in memory is
 * validated, then read again file by file as it is loaded.
 */
export function loadSeedFiles(db: Database, files: string[], articlesDir: string, log: Logger): Promise<SeedReport> {
  return observeSeedLoad(() => loadFiles(db, files, articlesDir, log));
}

async function loadFiles(db: Database, files: string[], articlesDir: string, log: Logger): Promise<SeedReport> {
  const validateStarted = Date.now();
  const problems: SeedProblem[] = [];
  const parsed: (SeedFileInput | undefined)[] = [];
  const digests: (string | undefined)[] = [];
  const sizes: number[] = [];
  let kept = 0;
  const checking = files.length > 1 ? fileProgressBar("validating") : undefined;
  checking?.start(files.length, 0, { file: "" });
  try {
    for (const [i, file] of files.entries()) {
      try {
        // Hashed before and after: only bytes that stayed the same throughout are the validated ones.
        const hashed = digestOf(file);
        const seed = readSeedFile(file, articlesDir);
        const size = seed.entities.length + seed.relations.length;
        sizes.push(size);
        kept += size;
        const keep = kept <= KEEP_PARSED_RECORDS;
        parsed.push(keep ? seed : undefined);
        digests.push(!keep && digestOf(file) === hashed ? hashed : undefined);
      } catch (err) {
        if (err instanceof SeedFileError) problems.push(...err.problems);
        else throw err;
      }
      checking?.update(i + 1, { file: path.basename(file) });
    }
  } finally {
    checking?.stop();
  }
  if (problems.length) throw new SeedFileError(problems);
  const validateMs = Date.now() - validateStarted;

  const writeStarted = Date.now();
  const total = sizes.reduce((a, b) => a + b, 0);
  const bar = fileProgressBar("seeding");
  bar?.start(total, 0, { file: "" });
  let before = 0;
  let relations = 0;
  const phases = new LoadPhases();
  // Each file is still written in one transaction; the ties they share are computed once, at the end.
  const deferredTies = files.length > 1 ? new Set<string>() : undefined;
  try {
    for (const [i, path_] of files.entries()) {
      const readStarted = Date.now();
      const seed = parsed[i] ?? reread(path_, digests[i], articlesDir);
      phases.rereadMs += Date.now() - readStarted;
      parsed[i] = undefined;
      const file = path.basename(path_);
      await loadSeed(db, seed, done => bar?.update(before + done, { file }), phases, deferredTies);
      before += seed.entities.length + seed.relations.length;
      relations += seed.relations.length;
      log.info(
        { file, source: seed.source.id, entities: seed.entities.length, relations: seed.relations.length },
        "source loaded",
      );
    }
  } finally {
    bar?.stop();
    // Also after a failed file: the files before it are in the graph, and their ties must follow them.
    if (deferredTies?.size) {
      const everyTie = await refreshDeferredTies(db, deferredTies, phases);
      log.info({ entities: deferredTies.size, everyTie, ms: phases.tiesMs }, "partnership ties refreshed");
    }
  }
  const writeMs = Date.now() - writeStarted;
  const counts = await graphCounts(db);
  return { files: files.map(f => path.basename(f)), ...counts, records: total, relations, validateMs, writeMs, phases };
}
