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
import { ARRAY_DELIMITER, ImportFileWriter, type ImportFiles } from "./bulk-csv";
import { RecordPartitions, type PartitionSource } from "./bulk-partitions";
import { readSeedFile, SeedFileError, type SeedProblem } from "./seed-file";
import { graphCounts, type Counts } from "./seed-loader";
import type { SeedFileInput } from "./seed.input";

/** Why a bulk load will not run: the store it would replace is not the empty local one. */
export class BulkLoadRefused extends Error {}

export interface BulkReport extends Counts {
  files: number;
  sources: number;
  /** Entity and relation records in the files (a shared entity counts once per file that repeats it). */
  records: number;
  relationships: number;
  /** Wall time of each step, in order. */
  ms: {
    validate: number;
    merge: number;
    csv: number;
    import: number;
    restart: number;
    schema: number;
    ties: number;
    total: number;
  };
  /** Partitions the records were merged in, one at a time. */
  partitions: number;
  /** The loader process's peak resident memory. */
  maxRssBytes: number;
}

/** Partitions of about this much seed JSON each: merging one takes a few hundred megabytes at most. */
const PARTITION_BYTES = 16 << 20;

export interface BulkOptions {
  /** Seed JSON per partition (tests make it small, so that records spread over many partitions). */
  partitionBytes?: number;
}

interface Validated {
  sources: PartitionSource[];
  entityRecords: number;
  relationRecords: number;
}

/**
 * Validates every file with the loader's own rules (readSeedFile), one file in memory at a time. Each valid
 * source goes to the import files (its node and article text) and its records to the partitions, to be merged
 * later. A source id given by two files is refused: the incremental loader would re-date the first file's facts,
 * which a single import cannot replay.
 * @throws SeedFileError listing every problem of every file.
 */
function validateAndPartition(
  files: string[],
  articlesDir: string,
  partitions: RecordPartitions,
  writer: ImportFileWriter,
): Validated {
  const out: Validated = { sources: [], entityRecords: 0, relationRecords: 0 };
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
        if (problems.length === 0) spill(seed, out, partitions, writer);
      } catch (err) {
        if (err instanceof SeedFileError) problems.push(...err.problems);
        else throw err;
      }
      progress?.update(i + 1, { file: name });
    }
  } finally {
    progress?.stop();
    partitions.close();
  }
  if (problems.length) throw new SeedFileError(problems);
  return out;
}

function spill(seed: SeedFileInput, out: Validated, partitions: RecordPartitions, writer: ImportFileWriter): void {
  const index = out.sources.push({ id: seed.source.id, publishedOn: seed.source.publishedOn }) - 1;
  const graph = new BulkGraph();
  graph.addSource(seed.source);
  writer.addGraph(graph);
  for (const e of seed.entities) partitions.addEntity(index, e);
  for (const r of seed.relations) partitions.addRelation(index, r);
  out.entityRecords += seed.entities.length;
  out.relationRecords += seed.relations.length;
}

/** Merges one partition at a time into the import files. @returns the relationships written. */
function mergePartitions(partitions: RecordPartitions, sources: PartitionSource[], writer: ImportFileWriter): number {
  let relationships = 0;
  const progress = fileProgressBar("merging");
  progress?.start(partitions.count, 0, { file: "" });
  try {
    for (let i = 0; i < partitions.count; i += 1) {
      const graph = partitions.merge(i, sources);
      writer.addGraph(graph);
      relationships += graph.relations.size;
      progress?.update(i + 1, { file: `partition ${i + 1}` });
    }
  } finally {
    progress?.stop();
  }
  return relationships;
}

const inputBytes = (files: string[]) => files.reduce((n, f) => n + fs.statSync(f).size, 0);

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
 * It validates everything first, spilling the records into partitions by what they merge on; merges one partition
 * at a time and writes CSVs to a temporary folder (memory holds one file and one partition, not the graph); stops
 * the server, imports, starts it again, applies the schema, computes the partnership ties and compares the counts.
 * @throws BulkLoadRefused for a remote or non-empty database (nothing written); SeedFileError for bad input.
 */
export async function bulkLoad(
  config: Config,
  files: string[],
  log: Logger,
  options: BulkOptions = {},
): Promise<BulkReport> {
  if (config.neo4j.uri) {
    throw new BulkLoadRefused(
      `--bulk refused: NEO4J_URI is set (${config.neo4j.uri}). A bulk load rebuilds the store of the local Neo4j ` +
        "innograph runs itself, offline; load a remote server without --bulk.",
    );
  }
  const started = Date.now();
  const ms = { validate: 0, merge: 0, csv: 0, import: 0, restart: 0, schema: 0, ties: 0, total: 0 };
  let server = await startLocalServer(config.local, log);
  const wasRunning = !server.startedHere;
  let db = connect(config, server, log);
  let tmp: string | undefined;
  let writer: ImportFileWriter | undefined;
  let offline = false;
  try {
    const nodes = await nodeCount(db);
    if (nodes > 0) {
      throw new BulkLoadRefused(
        `--bulk refused: database "${config.neo4j.database}" of the local instance "${config.local.instance}" ` +
          `already holds ${nodes} node(s). A bulk load only fills an empty database; load without --bulk to add to it.`,
      );
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-bulk-"));
    writer = new ImportFileWriter(tmp);
    const partitions = new RecordPartitions(tmp, inputBytes(files), options.partitionBytes ?? PARTITION_BYTES);
    let step = Date.now();
    const validated = validateAndPartition(files, config.articlesDir, partitions, writer);
    ms.validate = Date.now() - step;

    step = Date.now();
    const relationships = mergePartitions(partitions, validated.sources, writer);
    ms.merge = Date.now() - step;

    step = Date.now();
    const csvProgress = fileProgressBar("writing CSVs");
    csvProgress?.start(1, 0, { file: "" });
    let csv: ImportFiles;
    try {
      csv = writer.finish((done, total) => {
        csvProgress?.setTotal(total);
        csvProgress?.update(done);
      });
    } finally {
      csvProgress?.stop();
    }
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
    // A statement over every node or relationship of a large store outlasts the server's default timeout.
    await db.autoCommit("seed/bulk-empty-entity-lists", {}, STATEMENT_TIMEOUT_MS);
    await db.autoCommit("seed/bulk-empty-relation-lists", {}, STATEMENT_TIMEOUT_MS);
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

    const expected = { byKind: writer.byKind, byRelation: writer.byRelation };
    const stored = await graphCounts(db);
    const differences = countDifferences(expected, stored);
    if (differences.length) {
      throw new Error(`bulk load stored other counts than it validated:\n  ${differences.join("\n  ")}`);
    }
    ms.total = Date.now() - started;
    return {
      ...stored,
      files: files.length,
      sources: validated.sources.length,
      records: validated.entityRecords + validated.relationRecords,
      relationships,
      partitions: partitions.count,
      ms,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    writer?.close();
    await db.close();
    // A server that was running before is left running, as backup and restore leave it (admin-tool.ts).
    if (!wasRunning) await server.stop();
    else if (offline) await startLocalServer(config.local, log);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
