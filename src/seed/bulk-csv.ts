import fs from "node:fs";
import path from "node:path";
import type { BulkGraph, StoredValue } from "./bulk-graph";
import { ChunkedFile, fileLines } from "./chunked-file";

/** Between the elements of a list value: a control character no article text or quote holds (checked). */
export const ARRAY_DELIMITER = "\u001f";

/** One CSV file for `neo4j-admin database import`: its labels (nodes) or type (relationships). */
export interface ImportFile {
  path: string;
  /** Labels of every node in the file, or the one relationship type. */
  labels: string[];
  rows: number;
  /** A value spans lines (an article's text): the importer must be told, and is slower on such files. */
  multiline: boolean;
}

export interface ImportFiles {
  nodes: ImportFile[];
  relationships: ImportFile[];
  /** The longest value written, in characters: the importer's read buffer must hold it. */
  longestValue: number;
}

type Props = Map<string, StoredValue>;
type CsvType = "string" | "double" | "boolean" | "string[]";

export class BulkCsvError extends Error {}

function typeOf(key: string, value: StoredValue): CsvType {
  if (Array.isArray(value)) {
    for (const v of value) {
      if (typeof v !== "string") throw new BulkCsvError(`property ${key} holds a list of ${typeof v}, not of strings`);
      // An empty list and a list of one empty string would read back the same way.
      if (v === "" || v.includes(ARRAY_DELIMITER)) {
        throw new BulkCsvError(`property ${key} holds an empty string or U+001F in a list; load it incrementally`);
      }
    }
    return "string[]";
  }
  if (typeof value === "number") return "double"; // the driver sends every JS number as a Float
  if (typeof value === "boolean") return "boolean";
  return "string";
}

const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** A field: a string or list is always quoted ("" is an empty string or list); an absent value is empty. */
function field(value: StoredValue | undefined): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return quoted(value.join(ARRAY_DELIMITER));
  return typeof value === "string" ? quoted(value) : String(value);
}

/** The rows of one import file, spilled as JSON until every row's keys, and so the file's columns, are known. */
interface Group {
  file: ImportFile;
  /** `id:ID(Entity)`, or the start and end columns of a relationship file. */
  keyColumns: string[];
  columns: Map<string, CsvType>;
  spill: ChunkedFile;
}

/** A spilled row: the key fields (id, or start and end) and the properties. */
type SpilledRow = [string[], Record<string, StoredValue>];

/**
 * Writes node and relationship CSVs with typed headers, one file per label set and per relationship type (labels
 * and types come from the domain enums, checked by the seed validation). Rows arrive one at a time, in any
 * number, and are spilled to disk; finish() writes each file once its columns are known, so memory holds
 * neither the rows nor the files.
 */
export class ImportFileWriter {
  private readonly groups = new Map<string, Group>();
  readonly byKind: Record<string, number> = {};
  readonly byRelation: Record<string, number> = {};

  constructor(private readonly dir: string) {}

  /** A node; `idSpace` keeps entity, source and text ids apart. @throws BulkCsvError for a value CSV cannot hold. */
  node(labels: string[], idSpace: string, props: Props): void {
    const sorted = [...labels].sort();
    const name = `nodes-${sorted.join("-")}`;
    this.spill(name, sorted, [`id:ID(${idSpace})`], [props.get("id") as string], props, "id");
    if (idSpace === "Entity") tally(this.byKind, props.get("kind") as string);
  }

  relationship(type: string, from: string, to: string, props: Props): void {
    this.spill(`relationships-${type}`, [type], [":START_ID(Entity)", ":END_ID(Entity)"], [from, to], props);
    tally(this.byRelation, type);
  }

  /** Everything a merged graph holds: its entities, relationships, sources and article texts. */
  addGraph(graph: BulkGraph): void {
    for (const e of graph.entities.values()) this.node([...e.labels], "Entity", e.props);
    for (const r of graph.relations.values()) this.relationship(r.type, r.from, r.to, r.props);
    for (const s of graph.sources.values()) this.node(["Source"], "Source", s);
    for (const [id, text] of graph.sourceTexts) this.sourceText(id, text);
  }

  sourceText(id: string, text: string): void {
    const props = new Map<string, StoredValue>([
      ["id", id],
      ["text", text],
    ]);
    this.node(["SourceText"], "SourceText", props);
  }

  /** Closes every spill still open (after a failure, before its folder is removed). */
  close(): void {
    for (const group of this.groups.values()) group.spill.close();
  }

  /** Writes every CSV from its spill, then removes the spills. */
  finish(written: (done: number, total: number) => void = () => {}): ImportFiles {
    const nodes: ImportFile[] = [];
    const relationships: ImportFile[] = [];
    let longestValue = 0;
    let done = 0;
    for (const group of this.groups.values()) {
      longestValue = Math.max(longestValue, writeCsv(group));
      (group.keyColumns.length === 1 ? nodes : relationships).push(group.file);
      written(++done, this.groups.size);
    }
    return { nodes, relationships, longestValue };
  }

  private spill(name: string, labels: string[], keyColumns: string[], keys: string[], props: Props, skip?: string) {
    let group = this.groups.get(name);
    if (!group) {
      const file = { path: path.join(this.dir, `${name}.csv`), labels, rows: 0, multiline: false };
      const spill = new ChunkedFile(path.join(this.dir, `${name}.jsonl`));
      group = { file, keyColumns, columns: new Map(), spill };
      this.groups.set(name, group);
    }
    const values: Record<string, StoredValue> = {};
    for (const [key, value] of props) {
      if (key === skip) continue;
      const type = typeOf(key, value);
      const known = group.columns.get(key);
      if (known && known !== type) throw new BulkCsvError(`${name}: property ${key} is both ${known} and ${type}`);
      group.columns.set(key, type);
      values[key] = value;
    }
    const row: SpilledRow = [keys, values];
    group.spill.write(`${JSON.stringify(row)}\n`);
    group.file.rows += 1;
  }
}

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** @returns the longest value written. */
function writeCsv(group: Group): number {
  group.spill.close();
  const columns = [...group.columns].sort(([a], [b]) => (a < b ? -1 : 1));
  const keys = columns.map(([k]) => k);
  const csv = new ChunkedFile(group.file.path);
  csv.write(`${[...group.keyColumns, ...columns.map(([k, t]) => `${k}:${t}`)].join(",")}\n`);
  let longest = 0;
  for (const line of fileLines(group.spill.path)) {
    const [ids, values] = JSON.parse(line) as SpilledRow;
    const fields = [...ids.map(id => field(id)), ...keys.map(k => field(values[k]))];
    for (const f of fields) {
      if (f.length > longest) longest = f.length;
      if (!group.file.multiline && (f.includes("\n") || f.includes("\r"))) group.file.multiline = true;
    }
    csv.write(`${fields.join(",")}\n`);
  }
  csv.close();
  // A spill is as large as its CSV: at a million entities, disk worth giving back at once.
  fs.rmSync(group.spill.path, { force: true });
  return longest;
}

/**
 * Writes a merged graph held in memory as import files (the bulk loader streams instead; see ImportFileWriter).
 * @throws BulkCsvError when a value cannot be written in this format.
 */
export function writeImportFiles(graph: BulkGraph, dir: string): ImportFiles {
  const writer = new ImportFileWriter(dir);
  writer.addGraph(graph);
  return writer.finish();
}
