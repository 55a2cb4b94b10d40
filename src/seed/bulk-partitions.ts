import fs from "node:fs";
import path from "node:path";
import { BulkGraph, relationKey } from "./bulk-graph";
import { ChunkedFile, fileLines } from "./chunked-file";
import type { EntityInput, RelationInput } from "./seed.input";

/** The source of a record, by its place in the load (records name it by index, to keep the spill small). */
export interface PartitionSource {
  id: string;
  publishedOn?: string | null;
}

/** A spilled record: entity or relation, the index of its source, the record as validated. */
type SpilledRecord = ["E", number, EntityInput] | ["R", number, RelationInput];

/** Enough files that every partition merges in a few hundred megabytes; few enough to keep them open. */
const MAX_PARTITIONS = 256;

/** FNV-1a over UTF-16 code units: a spread of keys over partitions, stable across runs and machines. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Every entity and relation record of a load, spread over files by what the merge statements merge on (an
 * entity's id; a relationship's type and ends). All records of one entity or relationship land in one partition,
 * in load order, so merging each partition on its own leaves the graph that merging everything at once leaves,
 * while memory holds one partition at a time.
 */
export class RecordPartitions {
  private readonly files: ChunkedFile[];

  /** @param inputBytes the seed files' size: it sets how many partitions keep each about `partitionBytes`. */
  constructor(dir: string, inputBytes: number, partitionBytes: number) {
    const count = Math.min(MAX_PARTITIONS, Math.max(1, Math.ceil(inputBytes / partitionBytes)));
    this.files = Array.from(
      { length: count },
      (_, i) => new ChunkedFile(path.join(dir, `partition-${i}.jsonl`), 1 << 18),
    );
  }

  get count(): number {
    return this.files.length;
  }

  addEntity(source: number, e: EntityInput): void {
    this.spill(e.id, ["E", source, e]);
  }

  addRelation(source: number, r: RelationInput): void {
    this.spill(relationKey(r), ["R", source, r]);
  }

  /** Stops spilling; partitions can be merged after this. */
  close(): void {
    for (const f of this.files) f.close();
  }

  /** Merges partition `i` in load order, then deletes its file. */
  merge(i: number, sources: PartitionSource[]): BulkGraph {
    const graph = new BulkGraph();
    const file = this.files[i]!.path;
    for (const line of fileLines(file)) {
      if (!line) continue;
      const [tag, index, record] = JSON.parse(line) as SpilledRecord;
      const { id, publishedOn } = sources[index]!;
      if (tag === "E") graph.addEntity(record, id, publishedOn);
      else graph.addRelation(record, id, publishedOn);
    }
    fs.rmSync(file, { force: true });
    return graph;
  }

  private spill(key: string, record: SpilledRecord): void {
    this.files[hash(key) % this.files.length]!.write(`${JSON.stringify(record)}\n`);
  }
}
