import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../neo4j/database";
import { toNumber } from "../neo4j/values";
import { TieWriteRepository } from "./tie-write.repository";
import { HUB_LIMIT, strandsByPair, tieOf } from "./tie-rules";
import type { Tie } from "./tie-record";

// Bounds the size of one statement's parameter list when a large source is loaded.
const CHUNK = 500;
// Participants whose ties one transaction of a deferred refresh replaces (2,000 fitted in a 1 GB heap).
const BATCH = 1_000;

/**
 * Recomputes, inside the caller's write transaction, every partnership tie of the entities a write touched
 * (and of everyone sharing a hub with them), so that reads never derive the ties of the default network. Ties
 * keep all their strands, whatever their modality; questions filter strands when they read. Co-attendance is
 * not stored (co-attendance.ts derives it for the questions that ask for it).
 */
export async function refreshTies(tx: ManagedTransaction, touched: string[]): Promise<void> {
  const ids = await participantsOf(tx, touched);
  for (let i = 0; i < ids.length; i += CHUNK) await writeTiesOf(tx, ids.slice(i, i + CHUNK));
  // Every write reaches here (or markNetworkChanged, when its ties are deferred): a fact that moves no tie can
  // still move where a tie's end sits (LOCATED_IN), so the version changes whatever was touched.
  await markNetworkChanged(tx);
}

/** Tells every process that cached the partnership network to read it again once this transaction commits. */
export async function markNetworkChanged(tx: ManagedTransaction): Promise<void> {
  await new TieWriteRepository().bumpVersion(tx);
}

/**
 * The same refresh after a load of many files, one transaction per batch of participants: one transaction
 * for every tie of a 10,000-entity load outgrew Neo4j's transaction memory. Each batch replaces the ties
 * of its entities from their own joint facts, so the batches together leave the ties one transaction would.
 * Until the last commits, readers may see some entities' ties refreshed and others not, as during the load.
 */
export async function refreshTiesInBatches(
  db: Database,
  touched: string[],
  progress?: (done: number, total: number) => void,
  batchSize = BATCH,
): Promise<void> {
  // Not an interactive read: at 10,000 entities it outlasted the 15 s query timeout and failed the load.
  const ids = await db.readTx(tx => participantsOf(tx, touched), 30 * 60_000);
  await writeTiesInBatches(db, ids, progress, batchSize);
}

/**
 * A load that touched at least this share of the graph's entities recomputes every tie instead: finding who
 * shares a hub with each touched entity costs more than the ties themselves once most entities are touched (a
 * fresh 100k-entity load: about 35 minutes to ask, against 17 s for every tie).
 */
const EVERY_TIE_SHARE = 0.5;

/**
 * The refresh after a load of many files: refreshTiesInBatches for the entities it touched, or refreshEveryTie
 * when they are most of the graph (a first load). Both leave the same ties.
 * @returns whether every tie was recomputed.
 */
export async function refreshTiesAfterLoad(
  db: Database,
  touched: Set<string>,
  progress?: (done: number, total: number) => void,
): Promise<boolean> {
  const [row] = await db.read<{ entities: unknown }>("partnership/entity-count");
  if (touched.size < toNumber(row?.entities ?? 0) * EVERY_TIE_SHARE) {
    await refreshTiesInBatches(db, [...touched], progress);
    return false;
  }
  await refreshEveryTie(db, progress);
  return true;
}

/**
 * Every tie of the graph recomputed, as refreshTiesInBatches does for a load that touched everything, but
 * without asking who shares a hub with whom: every entity is a participant of its own ties. (Asking took
 * over three minutes at 100k entities and had not finished; the participants statement checks each hub
 * member against the list of touched ids, here all of them.) Each batch reads and rewrites only the ties
 * stored from its entities (the lower end of each pair), so every pair is computed once, not once per end.
 */
export async function refreshEveryTie(
  db: Database,
  progress?: (done: number, total: number) => void,
  batchSize = BATCH,
): Promise<void> {
  const ids = (await db.read<{ id: string }>("partnership/entity-ids")).map(r => r.id);
  await writeTiesInBatches(db, ids, progress, batchSize, true);
}

async function writeTiesInBatches(
  db: Database,
  ids: string[],
  progress: ((done: number, total: number) => void) | undefined,
  batchSize: number,
  lowerOnly = false,
): Promise<void> {
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    await db.writeTx(async tx => {
      for (let j = 0; j < batch.length; j += CHUNK) await writeTiesOf(tx, batch.slice(j, j + CHUNK), lowerOnly);
      await markNetworkChanged(tx);
    }, 30 * 60_000);
    progress?.(Math.min(i + batchSize, ids.length), ids.length);
  }
}

/** The touched entities and everyone sharing a hub with them. Each one's ties are computed once. */
async function participantsOf(tx: ManagedTransaction, touched: string[]): Promise<string[]> {
  const repository = new TieWriteRepository();
  const distinct = [...new Set(touched)];
  const participants = new Set<string>();
  for (let i = 0; i < distinct.length; i += CHUNK) {
    for (const id of await repository.participants(tx, distinct.slice(i, i + CHUNK), distinct, HUB_LIMIT)) {
      participants.add(id);
    }
  }
  return [...participants];
}

async function writeTiesOf(tx: ManagedTransaction, chunk: string[], lowerOnly = false): Promise<void> {
  const repository = new TieWriteRepository();
  const facts = await repository.jointFacts(tx, chunk, HUB_LIMIT, lowerOnly);
  const sources = [...new Set(facts.flatMap(f => f.links.flatMap(l => l.sources ?? [])))];
  const published = await repository.publishedDates(tx, sources);
  const ties = strandsByPair(facts, published)
    .map(p => tieOf(p.a, p.b, p.strands))
    .filter((t): t is Tie => t !== null);
  await repository.replaceTies(tx, chunk, ties, lowerOnly);
}
