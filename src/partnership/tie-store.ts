import type { ManagedTransaction } from "neo4j-driver";
import { TieWriteRepository } from "./tie-write.repository";
import { HUB_LIMIT, strandsByPair, tieOf } from "./tie-rules";
import type { Tie } from "./tie-record";

// Bounds the size of one statement's parameter list when a large source is loaded.
const CHUNK = 500;

/**
 * Recomputes, inside the caller's write transaction, every partnership tie of the entities a write touched
 * (and of everyone sharing a hub with them), so that reads never derive ties. Ties keep all their strands,
 * whatever their kind or modality; questions filter strands when they read.
 */
export async function refreshTies(tx: ManagedTransaction, touched: string[]): Promise<void> {
  const repository = new TieWriteRepository();
  const distinct = [...new Set(touched)];
  const participants = new Set<string>();
  for (let i = 0; i < distinct.length; i += CHUNK) {
    for (const id of await repository.participants(tx, distinct.slice(i, i + CHUNK), distinct, HUB_LIMIT)) {
      participants.add(id);
    }
  }
  // Each participant's ties are computed once, however many touched entities share it.
  const ids = [...participants];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const facts = await repository.jointFacts(tx, chunk, HUB_LIMIT);
    const sources = [...new Set(facts.flatMap(f => f.links.flatMap(l => l.sources ?? [])))];
    const published = await repository.publishedDates(tx, sources);
    const ties = strandsByPair(facts, published)
      .map(p => tieOf(p.a, p.b, p.strands))
      .filter((t): t is Tie => t !== null);
    await repository.replaceTies(tx, chunk, ties);
  }
}
