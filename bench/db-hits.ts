/**
 * Counts the work Neo4j does for a query kind: every statement its driver-only way (a) runs is sent with
 * `PROFILE`, and the database hits of each plan and the rows returned are added up. For one network and
 * one seed the counts are the same on every run (unlike a timing), so they make a regression signal.
 */
import type { ManagedTransaction, QueryResult, ResultSummary } from "neo4j-driver";
import type { QueryKind } from "./bench-kinds";
import { RawDb } from "./bench-kinds";
import { cypher } from "../src/neo4j/cypher-registry";
import { seeded } from "./bench-load";

/** The runtime is named, so a change of the server's default cannot move the counts. */
export const PROFILE_PREFIX = "CYPHER runtime=slotted PROFILE ";

export interface Hits {
  dbHits: number;
  rows: number;
  statements: number;
}

type Plan = NonNullable<ResultSummary["profile"]>;

export function planDbHits(plan: Plan | false | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + planDbHits(child as Plan), 0);
}

/** A RawDb whose transactions profile each statement and add its counts to `hits`. */
export class ProfilingDb extends RawDb {
  hits: Hits = { dbHits: 0, rows: 0, statements: 0 };

  /** Profiled in a transaction of its own: a statement's database hits do not depend on how it commits. */
  override async read(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    return this.tx(async tx => (await tx.run(cypher.get(name), params)).records.map(r => r.toObject()));
  }

  override tx<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    return super.tx(tx => {
      const run = async (query: string, params?: Record<string, unknown>): Promise<QueryResult> => {
        const result = await tx.run(PROFILE_PREFIX + query, params);
        this.hits.dbHits += planDbHits(result.summary.profile);
        this.hits.rows += result.records.length;
        this.hits.statements += 1;
        return result;
      };
      // Callers only await what run returns; a QueryResult is what the awaited Result gives them.
      return work({ run } as unknown as ManagedTransaction);
    });
  }
}

/** A stable seed per kind name, so adding or reordering kinds leaves the other kinds' inputs alone. */
export function kindSeed(seed: number, name: string): number {
  let h = seed >>> 0;
  for (const ch of name) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** Runs `requests` draws of the kind, one after another, and returns what they cost together. */
export async function kindHits(db: ProfilingDb, kind: QueryKind, requests: number, seed: number): Promise<Hits> {
  const rng = seeded(kindSeed(seed, kind.name));
  db.hits = { dbHits: 0, rows: 0, statements: 0 };
  for (let i = 0; i < requests; i++) await kind.raw(db, kind.next(rng));
  return db.hits;
}
