import type { ManagedTransaction } from "neo4j-driver";
import { run, type Database } from "../neo4j/database";
import { toNumber } from "../neo4j/values";
import type { RelationType } from "../domain/relation-type";
import { refreshTies } from "../partnership/tie-store";
import type { EntityInput, RelationInput, SeedFileInput, SourceInput } from "./seed.input";
import { entityRow, relationRow } from "./seed-rows";

const BATCH = 2_000;

/** One statement per relationship type: a literal type plans well (see cypher/seed/merge-relations-*.cypher). */
const MERGE_RELATIONS: Record<RelationType, string> = {
  LOCATED_IN: "seed/merge-relations-located-in",
  MEMBER_OF: "seed/merge-relations-member-of",
  CENTRAL_CITY_OF: "seed/merge-relations-central-city-of",
  PART_OF: "seed/merge-relations-part-of",
  AFFILIATED_WITH: "seed/merge-relations-affiliated-with",
  ACADEMICIAN_OF: "seed/merge-relations-academician-of",
  HOLDS_OFFICE_IN: "seed/merge-relations-holds-office-in",
  SPOKE_AT: "seed/merge-relations-spoke-at",
  ATTENDED: "seed/merge-relations-attended",
  HOSTED: "seed/merge-relations-hosted",
  HELD_IN: "seed/merge-relations-held-in",
  PARTY_TO: "seed/merge-relations-party-to",
  SIGNED_AT: "seed/merge-relations-signed-at",
  FOUNDED: "seed/merge-relations-founded",
  LAUNCHED_AT: "seed/merge-relations-launched-at",
  FOCUSES_ON: "seed/merge-relations-focuses-on",
  COOPERATES_WITH: "seed/merge-relations-cooperates-with",
  AWARDED: "seed/merge-relations-awarded",
};

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

/** Writes entities and relations in batches inside the caller's transaction. */
export async function mergeGraph(
  tx: ManagedTransaction,
  sourceId: string,
  entities: EntityInput[],
  relations: RelationInput[],
  progress: LoadProgress = () => {},
  phases = new LoadPhases(),
): Promise<void> {
  let done = 0;
  const written = (n: number) => progress((done += n));
  // Ids are distinct within a source, so its own batches cannot change each other's stored aliases: one look-up serves them all.
  const lookedUp = Date.now();
  const known = entities.length ? await run<{ id: string; aliases: string[] }>(tx, "seed/existing-aliases", { ids: entities.map(e => e.id) }) : [];
  phases.entitiesMs += Date.now() - lookedUp;
  const aliases = new Map(known.map(k => [k.id, k.aliases]));
  await pipelined(
    entities,
    batch => batch.map(e => entityRow(e, sourceId, aliases.get(e.id) ?? [])),
    rows => run(tx, "seed/merge-entities", { rows }),
    written,
    (prepareMs, writeMs) => {
      phases.prepareMs += prepareMs;
      phases.entitiesMs += writeMs;
    },
  );
  for (const [type, ofType] of byType(relations)) {
    await pipelined(
      ofType,
      batch => batch.map(r => relationRow(r, sourceId)),
      rows => run(tx, MERGE_RELATIONS[type], { rows }),
      written,
      (prepareMs, writeMs) => {
        phases.prepareMs += prepareMs;
        phases.addRelations(type, writeMs);
      },
    );
  }
  // Partnership ties are derived data: kept current in the same transaction, so reads never derive them.
  const started = Date.now();
  await refreshTies(tx, [...entities.map(e => e.id), ...relations.flatMap(r => [r.from, r.to])]);
  phases.tiesMs += Date.now() - started;
}

export async function mergeSource(tx: ManagedTransaction, source: SourceInput): Promise<void> {
  await run(tx, "seed/merge-source", {
    source: { file: null, publisher: null, publishedOn: null, ...source },
  });
}

/** One source, one transaction: either all of its facts are written or none. */
export async function loadSeed(db: Database, seed: SeedFileInput, progress?: LoadProgress, phases = new LoadPhases()): Promise<void> {
  let worked = 0;
  // A large source can take minutes; the per-query timeout is for interactive reads.
  await db.writeTx(async tx => {
    await mergeSource(tx, seed.source);
    await mergeGraph(tx, seed.source.id, seed.entities, seed.relations, progress, phases);
    worked = Date.now();
  }, 30 * 60_000);
  phases.commitMs += Date.now() - worked;
}

export async function graphCounts(db: Database): Promise<Counts> {
  const kinds = await db.read<{ kind: string; count: unknown }>("seed/counts-by-kind");
  const rels = await db.read<{ type: string; count: unknown }>("seed/counts-by-relation");
  return {
    byKind: Object.fromEntries(kinds.map(k => [k.kind, toNumber(k.count)])),
    byRelation: Object.fromEntries(rels.map(r => [r.type, toNumber(r.count)])),
  };
}
