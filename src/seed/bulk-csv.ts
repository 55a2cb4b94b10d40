import fs from "node:fs";
import path from "node:path";
import type { BulkGraph, StoredValue } from "./bulk-graph";

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

/** Every property key of the rows with its one CSV type; a key with two types cannot share a column. */
function columns(rows: () => Iterable<Props>, skip: string[], where: string): Map<string, CsvType> {
  const types = new Map<string, CsvType>();
  for (const props of rows()) {
    for (const [key, value] of props) {
      if (skip.includes(key)) continue;
      const type = typeOf(key, value);
      const known = types.get(key);
      if (known && known !== type) throw new BulkCsvError(`${where}: property ${key} is both ${known} and ${type}`);
      types.set(key, type);
    }
  }
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Writes rows in chunks, so a million rows never sit in memory as one string. */
class CsvFile {
  private readonly fd: number;
  private chunk: string[] = [];
  private size = 0;
  rows = 0;
  multiline = false;
  longest = 0;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, "w");
  }

  line(fields: string[]): void {
    for (const f of fields) {
      if (f.length > this.longest) this.longest = f.length;
      if (!this.multiline && (f.includes("\n") || f.includes("\r"))) this.multiline = true;
    }
    const text = `${fields.join(",")}\n`;
    this.chunk.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  row(fields: string[]): void {
    this.line(fields);
    this.rows += 1;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    fs.writeSync(this.fd, this.chunk.join(""));
    this.chunk = [];
    this.size = 0;
  }
}

function nodeFile(
  dir: string,
  name: string,
  idSpace: string,
  labels: string[],
  rows: () => Iterable<Props>,
): ImportFile & { longest: number } {
  const cols = columns(rows, ["id"], name);
  const csv = new CsvFile(path.join(dir, `${name}.csv`));
  csv.line([`id:ID(${idSpace})`, ...[...cols].map(([k, t]) => `${k}:${t}`)]);
  for (const props of rows()) csv.row([field(props.get("id")), ...[...cols.keys()].map(k => field(props.get(k)))]);
  csv.close();
  return { path: csv.path, labels, rows: csv.rows, multiline: csv.multiline, longest: csv.longest };
}

function* filtered<T>(items: Iterable<T>, keep: (item: T) => boolean): Iterable<T> {
  for (const item of items) if (keep(item)) yield item;
}

function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  for (const item of items) yield map(item);
}

/**
 * Writes the graph as node and relationship CSVs with typed headers, one file per label set and per
 * relationship type (labels and types come from the domain enums, checked by the seed validation).
 * @throws BulkCsvError when a value cannot be written in this format.
 */
export function writeImportFiles(graph: BulkGraph, dir: string): ImportFiles {
  const nodes: (ImportFile & { longest: number })[] = [];
  const labelSets = new Map<string, string[]>();
  for (const e of graph.entities.values()) {
    const labels = [...e.labels].sort();
    labelSets.set(labels.join(":"), labels);
  }
  for (const [key, labels] of labelSets) {
    const rows = () =>
      mapped(
        filtered(graph.entities.values(), e => [...e.labels].sort().join(":") === key),
        e => e.props,
      );
    nodes.push(nodeFile(dir, `nodes-${labels.join("-")}`, "Entity", labels, rows));
  }
  nodes.push(nodeFile(dir, "nodes-Source", "Source", ["Source"], () => graph.sources.values()));
  const texts = () =>
    mapped(
      graph.sourceTexts,
      ([id, text]) =>
        new Map<string, StoredValue>([
          ["id", id],
          ["text", text],
        ]),
    );
  nodes.push(nodeFile(dir, "nodes-SourceText", "SourceText", ["SourceText"], texts));

  const relationships: (ImportFile & { longest: number })[] = [];
  const types = new Set(mapped(graph.relations.values(), r => r.type));
  for (const type of [...types].sort()) {
    const ofType = () => filtered(graph.relations.values(), r => r.type === type);
    const cols = columns(() => mapped(ofType(), r => r.props), [], type);
    const csv = new CsvFile(path.join(dir, `relationships-${type}.csv`));
    csv.line([":START_ID(Entity)", ":END_ID(Entity)", ...[...cols].map(([k, t]) => `${k}:${t}`)]);
    for (const r of ofType()) {
      csv.row([field(r.from), field(r.to), ...[...cols.keys()].map(k => field(r.props.get(k)))]);
    }
    csv.close();
    relationships.push({
      path: csv.path,
      labels: [type],
      rows: csv.rows,
      multiline: csv.multiline,
      longest: csv.longest,
    });
  }
  const longestValue = Math.max(0, ...[...nodes, ...relationships].map(f => f.longest));
  const strip = ({ longest: _, ...file }: ImportFile & { longest: number }): ImportFile => file;
  return { nodes: nodes.map(strip), relationships: relationships.map(strip), longestValue };
}
