import type { ManagedTransaction } from "neo4j-driver";
import { run } from "../neo4j/database";
import { int } from "../neo4j/values";
import type { JointFact, Tie } from "./tie-record";

/** The key of the partnership network's NetworkVersion node. */
export const NETWORK_VERSION_KEY = "partnership";

/** Reads the facts ties come from and replaces stored PARTNERS_WITH, inside a caller's write transaction. */
export class TieWriteRepository {
  async participants(tx: ManagedTransaction, ids: string[], touched: string[], hubLimit: number): Promise<string[]> {
    const rows = await run<{ id: string }>(tx, "partnership/participants", { ids, touched, hubLimit: int(hubLimit) });
    return rows.map(r => r.id);
  }

  /** @param lowerOnly only the pairs whose lower id is in `ids` (a refresh of every tie, each pair read once). */
  async jointFacts(tx: ManagedTransaction, ids: string[], hubLimit: number, lowerOnly = false): Promise<JointFact[]> {
    return run<JointFact>(tx, "partnership/joint-facts", { ids, hubLimit: int(hubLimit), lowerOnly });
  }

  async publishedDates(tx: ManagedTransaction, sourceIds: string[]): Promise<Map<string, string | null>> {
    const rows = await run<{ id: string; publishedOn: string | null }>(tx, "partnership/published-dates", {
      ids: sourceIds,
    });
    return new Map(rows.map(r => [r.id, r.publishedOn]));
  }

  /** Marks that the partnership network may have changed; commits with the caller's write (network-cache.ts). */
  async bumpVersion(tx: ManagedTransaction): Promise<void> {
    await run(tx, "partnership/bump-version", { key: NETWORK_VERSION_KEY });
  }

  /** @param lowerOnly replace only the ties stored from `ids` (their lower end), as jointFacts read them. */
  async replaceTies(tx: ManagedTransaction, ids: string[], ties: Tie[], lowerOnly = false): Promise<void> {
    await run(tx, lowerOnly ? "partnership/delete-lower-ties" : "partnership/delete-ties", { ids });
    if (ties.length === 0) return;
    const rows = ties.map(t => ({
      a: t.a,
      b: t.b,
      props: {
        kinds: t.kinds,
        weight: t.weight,
        modality: t.modality,
        evidenceKind: t.evidenceKind,
        firstDate: t.first?.date ?? null,
        firstBasis: t.first?.basis ?? null,
        lastDate: t.last?.date ?? null,
        lastBasis: t.last?.basis ?? null,
        strands: t.strands.map(s => JSON.stringify(s)),
      },
    }));
    await run(tx, "partnership/merge-ties", { ties: rows });
  }
}
