import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileProgressBar } from "./progress-bar";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { importLocal } from "../neo4j/admin-tool";
import { Database } from "../neo4j/database";
import { startLocalServer, stopLocalServer, type LocalServer } from "../neo4j/local-server";
import { applySchema } from "../neo4j/schema";
import { toNumber } from "../neo4j/values";
import { refreshEveryTie } from "../partnership/tie-store";
import { BulkGraph } from "./bulk-graph";
import { ARRAY_DELIMITER, writeImportFiles, type ImportFiles } from "./bulk-csv";
import { readSeedFile, SeedFileError, type SeedProblem } from "./seed-file";
import { graphCounts, type Counts } from "./seed-loader";

/** Why a bulk load will not run: the store it would replace is not the empty local one. */
export class BulkLoadRefused extends Error {}

export interface BulkReport extends Counts {
  files: number;
  sources: number;
  /** Entity and relation records in the files (a shared entity counts once per file that repeats it). */
  records: number;
  relationships: number;
  /** Wall time of each step, in order. */
  ms: { validate: number; csv: number; import: number; restart: number; schema: number; ties: number; total: number };
}

/**
 * Validates every file with the loader's own rules (readSeedFile), one file in memory at a time, and merges
 * each valid source into the final graph. A source id given by two files is refused: the incremental loader
 * would re-date the first file's facts, which a single import cannot replay.
 * @throws SeedFileError listing every problem of every file.
 */
function validateAndMerge(files: string[], articlesDir: string): BulkGraph {
  const graph = new BulkGraph();
  const problems: SeedProblem[] = [];
  const seenIn = new Map<string, string>();
  const progress = fileProgressBar("validating");
  progress?.start(files.length, 0, { file: "" });
  try {
    for (const [i, file] of files.entries()) {
      const name = path.basename(file);
      try {
        const seed = readSeedFile(file, articlesDir);
        const first = seenIn.get(seed.source.id);
        if (first) {
          problems.push({
            file: name,
            record: "source",
            field: "id",
            reason: `${seed.source.id} is also the source of ${first}; a bulk load takes each source once (load the later file without --bulk)`,
          });
        }
        seenIn.set(seed.source.id, first ?? name);
        // After the first problem only validation goes on, so that every problem is reported at once.
        if (problems.length === 0) graph.add(seed);
      } catch (err) {
        if (err instanceof SeedFileError) problems.push(...err.problems);
        else throw err;
      }
      progress?.update(i + 1, { file: name });
    }
  } finally {
    progress?.stop();
  }
  if (problems.length) throw new SeedFileError(problems);
  return graph;
}

function importArgs(files: ImportFiles, tmp: string): string[] {
  const multiline = [...files.nodes, ...files.relationships].some(f => f.multiline);
  return [
    ...files.nodes.map(f => `--nodes=${f.labels.join(":")}=${f.path}`),
    ...files.relationships.map(f => `--relationships=${f.labels[0]}=${f.path}`),
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
    // A whole article's text is one value.
    `--read-buffer-size=${Math.max(4 << 20, 2 * files.longestValue + 1024)}`,
    // The v2 parser for named files (--multiline-fields-format=v2) lost track of quotes in a 35 MB file of article
    // texts at 100k entities ("found CR outside a text cell"); v1 reads every file the slower, multi-line way.
    ...(multiline ? ["--multiline-fields=true"] : []),
    `--report-file=${path.join(tmp, "import.report")}`,
  ];
}

async function nodeCount(db: Database): Promise<number> {
  const [row] = await db.read<{ nodes: unknown }>("seed/node-count");
  return toNumber(row?.nodes ?? 0);
}

/** A bulk load is no interactive read: the tie refresh on a cold, just-imported store may take minutes a statement. */
const STATEMENT_TIMEOUT_MS = 30 * 60_000;

function connect(config: Config, server: LocalServer, log: Logger): Database {
  const queryTimeoutMs = Math.max(config.neo4j.queryTimeoutMs, STATEMENT_TIMEOUT_MS);
  return new Database({ ...config.neo4j, ...server.credentials, uri: server.uri, queryTimeoutMs }, log);
}

/** What differs between the counts validated and the counts read back ([] when they agree). */
function countDifferences(expected: Counts, stored: Counts): string[] {
  const out: string[] = [];
  for (const [what, a, b] of [
    ["entities of kind", expected.byKind, stored.byKind],
    ["relationships of type", expected.byRelation, stored.byRelation],
  ] as const) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[key] !== b[key]) out.push(`${what} ${key}: validated ${a[key] ?? 0}, stored ${b[key] ?? 0}`);
    }
  }
  return out;
}

/**
 * `npm run seed -- --dir D --bulk`: builds the local instance's database from the seed files with
 * `neo4j-admin database import`, leaving the graph an incremental load of the same files would leave.
 * It validates and merges everything first, writes CSVs to a temporary folder, stops the server, imports,
 * starts it again, applies the schema, computes the partnership ties and compares the counts.
 * @throws BulkLoadRefused for a remote or non-empty database (nothing written); SeedFileError for bad input.
 */
export async function bulkLoad(config: Config, files: string[], log: Logger): Promise<BulkReport> {
  if (config.neo4j.uri) {
    throw new BulkLoadRefused(
      `--bulk refused: NEO4J_URI is set (${config.neo4j.uri}). A bulk load rebuilds the store of the local Neo4j ` +
        "innograph runs itself, offline; load a remote server without --bulk.",
    );
  }
  const started = Date.now();
  const ms = { validate: 0, csv: 0, import: 0, restart: 0, schema: 0, ties: 0, total: 0 };
  let server = await startLocalServer(config.local, log);
  const wasRunning = !server.startedHere;
  let db = connect(config, server, log);
  let tmp: string | undefined;
  let offline = false;
  try {
    const nodes = await nodeCount(db);
    if (nodes > 0) {
      throw new BulkLoadRefused(
        `--bulk refused: database "${config.neo4j.database}" of the local instance "${config.local.instance}" ` +
          `already holds ${nodes} node(s). A bulk load only fills an empty database; load without --bulk to add to it.`,
      );
    }
    let step = Date.now();
    const graph = validateAndMerge(files, config.articlesDir);
    ms.validate = Date.now() - step;

    step = Date.now();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-bulk-"));
    const csv = writeImportFiles(graph, tmp);
    ms.csv = Date.now() - step;
    log.info({ dir: tmp, files: csv.nodes.length + csv.relationships.length }, "import files written");

    step = Date.now();
    await db.close();
    if (server.startedHere) await server.stop();
    else await stopLocalServer(config.local, log);
    offline = true;
    try {
      await importLocal(config.local, log, config.neo4j.database, importArgs(csv, tmp), path.join(tmp, "import.log"));
    } catch (err) {
      // The files and the importer's log and report are what an operator needs to see why.
      const kept = tmp;
      tmp = undefined;
      throw new Error(`${(err as Error).message}\nThe import files, log and report are kept in ${kept}`, {
        cause: err,
      });
    }
    ms.import = Date.now() - step;

    step = Date.now();
    server = await startLocalServer(config.local, log);
    offline = false;
    db = connect(config, server, log);
    ms.restart = Date.now() - step;

    step = Date.now();
    await applySchema(db, log);
    // The importer cannot tell an empty list from no value; the loader's lists are there, empty or not.
    await db.autoCommit("seed/bulk-empty-entity-lists");
    await db.autoCommit("seed/bulk-empty-relation-lists");
    ms.schema = Date.now() - step;

    step = Date.now();
    const ties = fileProgressBar("partnership ties");
    ties?.start(1, 0, { file: "" });
    try {
      // The import built the whole store from these files: every entity's ties are new, so no one need be asked
      // who shares a hub with whom (refreshTiesInBatches), and each pair is computed once.
      await refreshEveryTie(db, (done, total) => {
        ties?.setTotal(total);
        ties?.update(done);
      });
    } finally {
      ties?.stop();
    }
    ms.ties = Date.now() - step;

    const expected = graph.counts();
    const stored = await graphCounts(db);
    const differences = countDifferences(expected, stored);
    if (differences.length) {
      throw new Error(`bulk load stored other counts than it validated:\n  ${differences.join("\n  ")}`);
    }
    ms.total = Date.now() - started;
    return {
      ...stored,
      files: files.length,
      sources: graph.sources.size,
      records: graph.entityRecords + graph.relationRecords,
      relationships: graph.relations.size,
      ms,
    };
  } finally {
    await db.close();
    // A server that was running before is left running, as backup and restore leave it (admin-tool.ts).
    if (!wasRunning) await server.stop();
    else if (offline) await startLocalServer(config.local, log);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
