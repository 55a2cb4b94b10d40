import type { scopeParams } from "../domain/graph-scope";
import type { ManagedTransaction } from "neo4j-driver";
import { run, type Database } from "../neo4j/database";
import { int } from "../neo4j/values";
import { asksForCoAttendance, coAttendanceTies, mergeTies } from "./co-attendance";
import { storedStrand } from "./tie-evidence";
import { HUB_LIMIT } from "./tie-rules";
import type { JointFact, StoredTie } from "./tie-record";
import { NETWORK_VERSION_KEY } from "./tie-write.repository";

/** Reads stored PARTNERS_WITH relationships and where their ends sit (tie-write.repository.ts writes them). */
export class TieRepository {
  constructor(private readonly db: Database) {}

  /**
   * Every tie with a strand of one of `kinds`, with all its strands (co-attendance derived when asked for), and
   * the version token they were read under: one read transaction, so both are of one committed state.
   */
  async allTies(kinds: readonly string[]): Promise<{ token: string | null; value: StoredTie[] }> {
    return this.db.readTx(async tx => {
      const token = await versionIn(tx);
      const rows = await run<{ a: string; b: string; strands: string[] }>(tx, "partnership/all-ties", { kinds });
      const stored = rows.map(r => ({ a: r.a, b: r.b, strands: r.strands.map(storedStrand) }));
      if (!asksForCoAttendance(kinds)) return { token, value: stored };
      return { token, value: mergeTies(stored, await coAttendance(tx, "partnership/co-attendance-all", {})) };
    });
  }

  /** The partnership network's version token (null before any write): it changes with every write that can change the network. */
  async version(): Promise<string | null> {
    return this.db.readTx(versionIn);
  }

  /** The ties of one entity with a strand of one of `kinds` (co-attendance derived when asked for). */
  async tiesOf(id: string, kinds: readonly string[]): Promise<StoredTie[]> {
    return this.db.readTx(async tx => {
      const rows = await run<{ a: string; b: string; strands: string[] }>(tx, "partnership/ties-of", { id, kinds });
      const stored = rows.map(r => ({ a: r.a, b: r.b, strands: r.strands.map(storedStrand) }));
      if (!asksForCoAttendance(kinds)) return stored;
      return mergeTies(stored, await coAttendance(tx, "partnership/co-attendance-of", { ids: [id] }));
    });
  }

  /** The ids of the entities a scope covers; null when it names a corridor that does not exist. */
  async scopeMembers(scope: ReturnType<typeof scopeParams>): Promise<Set<string> | null> {
    const [row] = await this.db.read<{ ids: string[]; corridorFound: boolean }>("partnership/scope-members", scope);
    return row?.corridorFound ? new Set(row.ids) : null;
  }

  /**
   * For each entity with a tie, the top-level cities it rolls up to and the corridors of those cities.
   * @param coAttendance also every entity that attended or spoke at an event (its ties are derived, not stored).
   */
  async placements(
    coAttendance: boolean,
  ): Promise<{ token: string | null; value: Map<string, { cities: string[]; corridors: string[] }> }> {
    return this.db.readTx(async tx => {
      const token = await versionIn(tx);
      const rows = await run<{ id: string; cities: string[]; corridors: string[] }>(tx, "partnership/placements", {
        coAttendance,
      });
      return { token, value: new Map(rows.map(r => [r.id, { cities: r.cities, corridors: r.corridors }])) };
    });
  }
}

async function versionIn(tx: ManagedTransaction): Promise<string | null> {
  const [row] = await run<{ token: string | null }>(tx, "partnership/version", { key: NETWORK_VERSION_KEY });
  return row?.token ?? null;
}

/** Co-attendance ties derived from the facts (co-attendance.ts): they are not stored. */
async function coAttendance(
  tx: ManagedTransaction,
  statement: string,
  params: Record<string, unknown>,
): Promise<StoredTie[]> {
  const facts = await run<JointFact>(tx, statement, { ...params, hubLimit: int(HUB_LIMIT) });
  const sources = [...new Set(facts.flatMap(f => f.links.flatMap(l => l.sources ?? [])))];
  const published = await run<{ id: string; publishedOn: string | null }>(tx, "partnership/published-dates", {
    ids: sources,
  });
  return coAttendanceTies(facts, new Map(published.map(r => [r.id, r.publishedOn])));
}
