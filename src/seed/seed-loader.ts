import type { ManagedTransaction } from "neo4j-driver";
import { run, type Database } from "../neo4j/database";
import { toNumber } from "../neo4j/values";
import type { EntityInput, RelationInput, SeedFileInput, SourceInput } from "./seed.input";
import { entityRow, relationRow } from "./seed-rows";

const BATCH = 2_000;

export interface LoadProgress {
  (done: number): void;
}

export interface Counts {
  byKind: Record<string, number>;
  byRelation: Record<string, number>;
}

/** Writes entities and relations in batches inside the caller's transaction. */
export async function mergeGraph(
  tx: ManagedTransaction,
  sourceId: string,
  entities: EntityInput[],
  relations: RelationInput[],
  progress: LoadProgress = () => {},
): Promise<void> {
  let done = 0;
  for (let i = 0; i < entities.length; i += BATCH) {
    const batch = entities.slice(i, i + BATCH);
    const known = await run<{ id: string; aliases: string[] }>(tx, "seed/existing-aliases", { ids: batch.map(e => e.id) });
    const aliases = new Map(known.map(k => [k.id, k.aliases]));
    await run(tx, "seed/merge-entities", { rows: batch.map(e => entityRow(e, sourceId, aliases.get(e.id) ?? [])) });
    done += batch.length;
    progress(done);
  }
  for (let i = 0; i < relations.length; i += BATCH) {
    const batch = relations.slice(i, i + BATCH);
    await run(tx, "seed/merge-relations", { rows: batch.map(r => relationRow(r, sourceId)) });
    done += batch.length;
    progress(done);
  }
}

export async function mergeSource(tx: ManagedTransaction, source: SourceInput): Promise<void> {
  await run(tx, "seed/merge-source", {
    source: { file: null, publisher: null, publishedOn: null, ...source },
  });
}

/** One source, one transaction: either all of its facts are written or none. */
export async function loadSeed(db: Database, seed: SeedFileInput, progress?: LoadProgress): Promise<void> {
  // A large source can take minutes; the per-query timeout is for interactive reads.
  await db.writeTx(async tx => {
    await mergeSource(tx, seed.source);
    await mergeGraph(tx, seed.source.id, seed.entities, seed.relations, progress);
  }, 30 * 60_000);
}

export async function graphCounts(db: Database): Promise<Counts> {
  const kinds = await db.read<{ kind: string; count: unknown }>("seed/counts-by-kind");
  const rels = await db.read<{ type: string; count: unknown }>("seed/counts-by-relation");
  return {
    byKind: Object.fromEntries(kinds.map(k => [k.kind, toNumber(k.count)])),
    byRelation: Object.fromEntries(rels.map(r => [r.type, toNumber(r.count)])),
  };
}
