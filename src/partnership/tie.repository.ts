import type { scopeParams } from "../domain/graph-scope";
import type { Database } from "../neo4j/database";
import type { Strand } from "./tie-record";
import { NETWORK_VERSION_KEY } from "./tie-write.repository";

/** A stored PARTNERS_WITH as read back: its ends and its strands (the filters and weights are applied in Node). */
export interface StoredTie {
  a: string;
  b: string;
  strands: Strand[];
}

/** Reads stored PARTNERS_WITH relationships and where their ends sit (tie-write.repository.ts writes them). */
export class TieRepository {
  constructor(private readonly db: Database) {}

  /** Every stored tie with a strand of one of `kinds`, with all its strands. */
  async allTies(kinds: readonly string[]): Promise<StoredTie[]> {
    const rows = await this.db.read<{ a: string; b: string; strands: string[] }>("partnership/all-ties", { kinds });
    return rows.map(r => ({ a: r.a, b: r.b, strands: r.strands.map(s => JSON.parse(s) as Strand) }));
  }

  /** The partnership network's version token (null before any write): it changes with every write that can change the network. */
  async version(): Promise<string | null> {
    const [row] = await this.db.read<{ token: string | null }>("partnership/version", { key: NETWORK_VERSION_KEY });
    return row?.token ?? null;
  }

  /** The stored ties of one entity with a strand of one of `kinds`. */
  async tiesOf(id: string, kinds: readonly string[]): Promise<StoredTie[]> {
    const rows = await this.db.read<{ a: string; b: string; strands: string[] }>("partnership/ties-of", { id, kinds });
    return rows.map(r => ({ a: r.a, b: r.b, strands: r.strands.map(s => JSON.parse(s) as Strand) }));
  }

  /** The ids of the entities a scope covers; null when it names a corridor that does not exist. */
  async scopeMembers(scope: ReturnType<typeof scopeParams>): Promise<Set<string> | null> {
    const [row] = await this.db.read<{ ids: string[]; corridorFound: boolean }>("partnership/scope-members", scope);
    return row?.corridorFound ? new Set(row.ids) : null;
  }

  /** For each entity with a tie, the top-level cities it rolls up to and the corridors of those cities. */
  async placements(): Promise<Map<string, { cities: string[]; corridors: string[] }>> {
    const rows = await this.db.read<{ id: string; cities: string[]; corridors: string[] }>("partnership/placements");
    return new Map(rows.map(r => [r.id, { cities: r.cities, corridors: r.corridors }]));
  }
}
