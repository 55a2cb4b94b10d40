import type { ManagedTransaction } from "neo4j-driver";
import { TieWriteRepository } from "./tie-write.repository";
import { strandsByPair, tieOf } from "./tie-rules";
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
  for (let i = 0; i < distinct.length; i += CHUNK) {
    const ids = await repository.participants(tx, distinct.slice(i, i + CHUNK));
    const facts = await repository.jointFacts(tx, ids);
    const sources = [...new Set(facts.flatMap(f => f.links.flatMap(l => l.sources ?? [])))];
    const published = await repository.publishedDates(tx, sources);
    const ties = strandsByPair(facts, published)
      .map(p => tieOf(p.a, p.b, p.strands))
      .filter((t): t is Tie => t !== null);
    await repository.replaceTies(tx, ids, ties);
  }
}
