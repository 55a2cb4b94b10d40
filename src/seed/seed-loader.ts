import type { ManagedTransaction } from "neo4j-driver";
import { RELATION_TYPES, type RelationType } from "../domain/relation-type";
import { MODALITY_RANK } from "../domain/source-modality";
import { cypher } from "../neo4j/cypher-registry";
import { run, type Database } from "../neo4j/database";
import { graphCounts as readGraphCounts, type KeyCount } from "../stats/stats.service";
import { markNetworkChanged, refreshTies, refreshTiesAfterLoad } from "../partnership/tie-store";
import type { EntityInput, RelationInput, SeedFileInput, SourceInput } from "./seed.input";
import { entityRow, relationRow } from "./seed-rows";
import { followPageDate } from "./source-redate";

const BATCH = 2_000;

/** One statement per relationship type: a literal type plans well (see cypher/seed/merge-relations.cypher). */
const MERGE_RELATIONS = cypher.expand("seed/merge-relations", RELATION_TYPES);

function byType(relations: RelationInput[]): Map<RelationType, RelationInput[]> {
  const groups = new Map<RelationType, RelationInput[]>();
  for (const r of relations) {
    const group = groups.get(r.type);
    if (group) group.push(r);
    else groups.set(r.type, [r]);
  }
  return groups;
}

export interface LoadProgress {
  (done: number): void;
}

/**
 * Where a load spends its time, summed over sources: the loader's own profile, printed by `npm run seed`.
 * Row preparation overlaps the statements (pipelined), so the parts can add up to more than the wall time.
 */
export class LoadPhases {
  /** Reading and parsing files again for loading (data sets too big to keep parsed after validation). */
  rereadMs = 0;
  /** Building rows in Node: derived names (OpenCC, pinyin), evidence and attribute JSON. */
  prepareMs = 0;
  /** Waiting for the entity statements (the look-up of stored aliases, then the MERGEs). */
  entitiesMs = 0;
  /** Waiting for the relationship MERGE statements, by type. */
  readonly relationsMs = new Map<RelationType, number>();
  /** Recomputing the partnership ties of the entities the source touched. */
  tiesMs = 0;
  /** Waiting for commits: index maintenance and the transaction log. */
  commitMs = 0;

  addRelations(type: RelationType, ms: number): void {
    this.relationsMs.set(type, (this.relationsMs.get(type) ?? 0) + ms);
  }
}

export interface Counts {
  byKind: Record<string, number>;
  byRelation: Record<string, number>;
}

/**
 * Sends batch after batch, preparing the next batch's rows while the database writes the current
 * one (the two run on different cores). Statements of one transaction still run one at a time.
 */
async function pipelined<T>(
  items: T[],
  prepare: (batch: T[]) => unknown[],
  write: (rows: unknown[]) => Promise<unknown>,
  written: (n: number) => void,
  timed: (prepareMs: number, writeMs: number) => void,
): Promise<void> {
  // A write resolves to how long it took, timed when it ends rather than when the loop next looks at it.
  let pending: { write: Promise<number>; size: number } | undefined;
  const settle = async () => {
    if (!pending) return;
    const { write: w, size } = pending;
    pending = undefined;
    timed(0, await w);
    written(size);
  };
  try {
    for (let i = 0; i < items.length; i += BATCH) {
      const batch = items.slice(i, i + BATCH);
      const started = Date.now();
      const rows = prepare(batch);
      timed(Date.now() - started, 0);
      await settle();
      const sent = Date.now();
      pending = { write: write(rows).then(() => Date.now() - sent), size: batch.length };
    }
    await settle();
  } finally {
    // A failure while preparing must not leave a write unobserved (an unhandled rejection).
    await pending?.write.catch(() => {});
  }
}

/** The source a batch of facts comes from: its id, and its page's date, which places days stated without a year. */
export interface FactSource {
  id: string;
  publishedOn?: string | null;
}

/** Writes entities and relations in batches inside the caller's transaction. */
export async function mergeGraph(
  tx: ManagedTransaction,
  source: FactSource,
  entities: EntityInput[],
  relations: RelationInput[],
  progress: LoadProgress = () => {},
  phases = new LoadPhases(),
  deferTies?: Set<string>,
  pageDated: string[] = [],
): Promise<void> {
  const { id: sourceId, publishedOn } = source;
  let done = 0;
  const written = (n: number) => progress((done += n));
  // Ids are distinct within a source, so its own batches cannot change each other's stored aliases: one look-up serves them all.
  const lookedUp = Date.now();
  const known = entities.length
    ? await run<{ id: string; aliases: string[] }>(tx, "seed/existing-aliases", { ids: entities.map(e => e.id) })
    : [];
  phases.entitiesMs += Date.now() - lookedUp;
  const aliases = new Map(known.map(k => [k.id, k.aliases]));
  await pipelined(
    entities,
    batch => batch.map(e => entityRow(e, sourceId, aliases.get(e.id) ?? [], publishedOn)),
    rows => run(tx, "seed/merge-entities", { rows, modalityRank: MODALITY_RANK }),
    written,
    (prepareMs, writeMs) => {
      phases.prepareMs += prepareMs;
      phases.entitiesMs += writeMs;
    },
  );
  for (const [type, ofType] of byType(relations)) {
    await pipelined(
      ofType,
      batch => batch.map(r => relationRow(r, sourceId, publishedOn)),
      rows => run(tx, MERGE_RELATIONS[type], { rows, modalityRank: MODALITY_RANK }),
      written,
      (prepareMs, writeMs) => {
        phases.prepareMs += prepareMs;
        phases.addRelations(type, writeMs);
      },
    );
  }
  const touched = [...entities.map(e => e.id), ...relations.flatMap(r => [r.from, r.to]), ...pageDated];
  if (deferTies) {
    for (const id of touched) deferTies.add(id);
    // The facts commit now and the ties later: a reader in between must not keep a network cached before them.
    await markNetworkChanged(tx);
    return;
  }
  // Partnership ties are derived data: kept current in the same transaction, so reads never derive them.
  const started = Date.now();
  await refreshTies(tx, touched);
  phases.tiesMs += Date.now() - started;
}

/**
 * Brings the partnership ties of everything a multi-file load touched up to date, once, after its last file:
 * refreshed per file, ties shared across files were recomputed once per file (a 2,000-entity network in five
 * files took minutes rather than seconds). It commits a batch of entities' ties at a time (tie-store.ts), and
 * recomputes every tie when the load touched most of the graph.
 * @returns whether every tie was recomputed.
 */
export async function refreshDeferredTies(db: Database, touched: Set<string>, phases: LoadPhases): Promise<boolean> {
  if (touched.size === 0) return false;
  const started = Date.now();
  const everyTie = await refreshTiesAfterLoad(db, touched);
  phases.tiesMs += Date.now() - started;
  return everyTie;
}

/**
 * The Source node and, beside it, its article's text (quotes are checked against it and shown in it).
 * When a stored source's page date changes, the facts it dates follow (src/seed/source-redate.ts).
 * @returns the entities whose partnership ties must be refreshed because the page date changed ([] otherwise).
 * @throws BadInputError naming source.publishedOn when the new date cannot place a fact the old one placed.
 */
export async function mergeSource(tx: ManagedTransaction, source: SourceInput): Promise<string[]> {
  const { text, ...fields } = source;
  const [row] = await run<{ existed: boolean; before: string | null }>(tx, "seed/merge-source", {
    source: { file: null, publisher: null, publishedOn: null, ...fields },
  });
  if (text !== undefined) await run(tx, "seed/merge-source-text", { id: source.id, text });
  const after = source.publishedOn ?? null;
  if (!row?.existed || row.before === after) return [];
  return followPageDate(tx, source.id, row.before, after);
}

/** One source, one transaction: either all of its facts are written or none. */
export async function loadSeed(
  db: Database,
  seed: SeedFileInput,
  progress?: LoadProgress,
  phases = new LoadPhases(),
  deferTies?: Set<string>,
): Promise<void> {
  let worked = 0;
  // A large source can take minutes; the per-query timeout is for interactive reads.
  await db.writeTx(async tx => {
    const pageDated = await mergeSource(tx, seed.source);
    await mergeGraph(tx, seed.source, seed.entities, seed.relations, progress, phases, deferTies, pageDated);
    worked = Date.now();
  }, 30 * 60_000);
  phases.commitMs += Date.now() - worked;
}

/** The graph's size by kind and by relationship type, keyed in name order. */
export async function graphCounts(db: Database): Promise<Counts> {
  const { byKind, byRelationType } = await readGraphCounts(db);
  const byName = (counts: KeyCount[]) =>
    Object.fromEntries(counts.map(c => [c.key, c.count]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  return { byKind: byName(byKind), byRelation: byName(byRelationType) };
}
