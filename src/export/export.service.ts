import fs from "node:fs";
import path from "node:path";
import type { Database } from "../neo4j/database";
import { ExportRepository } from "./export.repository";
import { loadOrder } from "./load-order";
import { SeedFileWriter } from "./seed-file-writer";
import { entityRecord, relationRecord, sourceRecord } from "./seed-records";
import { ExportError, type StoredProperties } from "./stored-fact";

export interface ExportOptions {
  dir: string;
  /** Only these sources' facts; all sources when absent. */
  sources?: string[];
  /** Entities read per statement. */
  pageSize: number;
  /** Called after each source's file is written. */
  progress?: (done: number, total: number, file: string) => void;
}

/** Seed files written at once: each batch of sources costs one pass over the graph. */
const OPEN_FILES = 256;

export interface ExportReport {
  dir: string;
  files: string[];
  entities: number;
  relations: number;
  bytes: number;
  /** Sources with no stored article text: their export loads only where `file` is in the articles directory. */
  withoutText: string[];
  /** Sources no load order fits (one loaded again after later ones): their facts' lists reload in another order. */
  conflicting: string[];
}

function checkDirectory(dir: string): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).some(f => f.endsWith(".json"))) {
    throw new ExportError(`--dir ${dir} already holds seed files: export into a new or empty directory`);
  }
  fs.mkdirSync(path.join(dir, "sources"), { recursive: true });
}

function chosen(all: StoredProperties[], wanted: string[] | undefined): Set<string> {
  const ids = new Set(all.map(s => String(s.id)));
  for (const id of wanted ?? []) if (!ids.has(id)) throw new ExportError(`--source ${id}: no such source in the graph`);
  return new Set(wanted ?? ids);
}

/**
 * Writes the graph (or some sources) as seed files, one per source, named in the order they must load
 * in, with each article's text in `sources/` beside them; `npm run seed -- --dir DIR` on an empty
 * database rebuilds the same graph. Partnership ties are derived: the load computes them again.
 */
export async function exportGraph(db: Database, options: ExportOptions): Promise<ExportReport> {
  const repo = new ExportRepository(db);
  const all = await repo.sources();
  const wanted = chosen(all, options.sources);
  checkDirectory(options.dir);
  const { order, conflicting } = loadOrder([...all.map(s => String(s.id))], await repo.sourceLists());
  const pages = new Map(all.map(s => [String(s.id), s.publishedOn ?? null]));
  const byId = new Map(all.map(s => [String(s.id), s]));
  const width = String(order.length).length;
  const report: ExportReport = {
    dir: options.dir,
    files: [],
    entities: 0,
    relations: 0,
    bytes: 0,
    withoutText: [],
    conflicting: conflicting.filter(s => wanted.has(s)),
  };
  // The position in the whole graph's order, so the files of a partial export still sort into it.
  const files = order
    .map((id, i) => ({ id, file: `${String(i).padStart(Math.max(width, 3), "0")}-${id.replace(/^src-/, "")}.json` }))
    .filter(f => wanted.has(f.id));
  for (let at = 0; at < files.length; at += OPEN_FILES) {
    const batch = files.slice(at, at + OPEN_FILES);
    await exportBatch(repo, batch, { byId, pages, total: files.length }, options, report);
  }
  return report;
}

/** The source block, with the article's text: a copy in sources/ when the source names its file, else inline. */
async function sourceBlock(
  repo: ExportRepository,
  source: StoredProperties,
  dir: string,
  report: ExportReport,
): Promise<Record<string, unknown>> {
  const block = sourceRecord(source);
  const text = await repo.sourceText(String(source.id));
  if (text === undefined) report.withoutText.push(String(source.id));
  if (text === undefined || !source.file) return text === undefined ? block : { ...block, text };
  const name = String(source.file);
  if (name !== path.basename(name)) throw new ExportError(`source ${String(source.id)}: file "${name}" is a path`);
  fs.writeFileSync(path.join(dir, "sources", name), text);
  report.bytes += Buffer.byteLength(text);
  return block;
}

/** The sources of a batch: each source's writer, in load order. */
type Writers = Map<string, { file: string; writer: SeedFileWriter }>;

/** The writers of a fact's sources that are in the batch. */
function writersOf(sources: unknown, writers: Writers): [string, SeedFileWriter][] {
  const list = Array.isArray(sources) ? (sources as unknown[]).map(String) : [];
  return list.flatMap(s => {
    const w = writers.get(s);
    return w ? [[s, w.writer] as [string, SeedFileWriter]] : [];
  });
}

/**
 * Writes a batch of sources' files in two passes over the graph (entities, then the relations that start
 * at them), each fact going to the file of every source of the batch that states it.
 */
async function exportBatch(
  repo: ExportRepository,
  batch: { id: string; file: string }[],
  graph: { byId: Map<string, StoredProperties>; pages: Map<string, string | null>; total: number },
  options: ExportOptions,
  report: ExportReport,
): Promise<void> {
  const { byId, pages, total } = graph;
  const writers: Writers = new Map();
  const ids = batch.map(b => b.id);
  try {
    for (const { id, file } of batch) {
      const block = await sourceBlock(repo, byId.get(id)!, options.dir, report);
      writers.set(id, { file, writer: new SeedFileWriter(path.join(options.dir, file), block) });
    }
    for (let after = ""; ;) {
      const entities = await repo.entities(ids, after, options.pageSize);
      for (const e of entities) {
        for (const [source, writer] of writersOf(e.sources, writers)) {
          await writer.record(entityRecord(e, source, pages));
          report.entities++;
        }
      }
      if (entities.length < options.pageSize) break;
      after = String(entities[entities.length - 1]!.id);
    }
    for (const { writer } of writers.values()) writer.relations();
    for (let after = ""; ;) {
      const page = await repo.relations(ids, after, options.pageSize);
      for (const r of page.relations) {
        for (const [source, writer] of writersOf(r.relation.sources, writers)) {
          await writer.record(relationRecord(r.type, r.from, r.to, r.relation, source, pages));
          report.relations++;
        }
      }
      if (page.entities < options.pageSize || page.last === undefined) break;
      after = page.last;
    }
    for (const { file, writer } of writers.values()) {
      await writer.close();
      report.bytes += writer.bytes;
      report.files.push(file);
      options.progress?.(report.files.length, total, file);
    }
  } catch (err) {
    for (const { writer } of writers.values()) writer.abort();
    throw err;
  }
}
