/** How many projections one process keeps in the GDS catalog (INNOGRAPH_GDS_CACHE_GRAPHS, _ELEMENTS). */
export interface ProjectionCacheLimits {
  /** Kept projections at most; 0 turns the cache off (every request projects and drops, as before). */
  graphs: number;
  /**
   * Nodes plus relationships of all kept projections at most. GDS estimates about 20 bytes of Neo4j heap an
   * element (docs/SCALING.md: 81–96 MiB for the 1M-entity network's 4.6M relationships), so 5M is about 100 MiB.
   */
  elements: number;
}

export const DEFAULT_PROJECTION_CACHE: ProjectionCacheLimits = { graphs: 16, elements: 5_000_000 };

export interface KeptProjection {
  graph: string;
  nodeCount: number;
  relationshipCount: number;
}

/** A kept projection reserved for one request: not dropped before `release`. */
export interface ProjectionLease {
  projection: KeptProjection;
  /** The version token it was projected under. */
  token: string | null;
  release(): void;
}

interface Entry {
  key: string;
  projection: KeptProjection;
  token: string | null;
  /** Requests running an algorithm on it now: it is dropped only once they are done. */
  users: number;
  evicted: boolean;
  lastUsed: number;
}

/**
 * Projections of scopes kept in the GDS catalog after their request, for the next question on the same scope,
 * while the graph's version token is unchanged. Projecting is most of a GDS answer on a big scope (a corridor
 * of the 100k generated network: 3.4–4.9 s of 5.3, the algorithm 0.6 s); every write bumps the token
 * (partnership/tie-store.ts, whatever it touched), and a token other than an entry's makes it stale.
 *
 * The catalog lives in one member's memory: on a cluster the next request may land on a member without the
 * graph, so a kept graph is used only after the catalog confirms it (analytics/kept-projection). Evicted and
 * stale graphs are dropped once no request is using them; `close` drops the rest when the process stops.
 */
export class ProjectionCache {
  private readonly entries = new Map<string, Entry>();
  /** Scopes a request is projecting now, settled when it has offered its projection or failed. */
  private readonly projecting = new Map<string, Promise<void>>();
  private clock = 0;

  constructor(
    private readonly limits: ProjectionCacheLimits,
    private readonly drop: (graph: string) => Promise<void>,
  ) {}

  get enabled(): boolean {
    return this.limits.graphs > 0;
  }

  /** The kept graphs' names, for tests. */
  get graphs(): string[] {
    return [...this.entries.values()].map(e => e.projection.graph);
  }

  /**
   * The projection kept for `key`, reserved until released; undefined when none is. The caller checks it
   * against the current token (`stale`) and the catalog (`vanished`) before using it.
   */
  acquire(key: string): ProjectionLease | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.users += 1;
    entry.lastUsed = ++this.clock;
    let released = false;
    return {
      projection: entry.projection,
      token: entry.token,
      release: () => {
        if (released) return;
        released = true;
        entry.users -= 1;
        if (entry.evicted && entry.users === 0) this.dropQuietly(entry);
      },
    };
  }

  /**
   * Waits until no other request is projecting `key`, so that concurrent first questions on a scope project it
   * once (at 100k entities, 16 of them projecting one corridor at once all ran out of time) and the others use
   * what it keeps. Resolves at once when a projection of `key` is kept. Otherwise the caller is the one
   * projecting until it calls the function returned, whatever the outcome.
   */
  async turn(key: string): Promise<() => void> {
    for (;;) {
      if (!this.enabled || this.entries.has(key)) return () => undefined;
      const running = this.projecting.get(key);
      if (!running) break;
      await running;
    }
    let settle!: () => void;
    const mine = new Promise<void>(resolve => (settle = resolve));
    this.projecting.set(key, mine);
    return () => {
      if (this.projecting.get(key) === mine) this.projecting.delete(key);
      settle();
    };
  }

  /** The token is now `token`: every entry of another one is evicted (dropped once unused). */
  stale(token: string | null): void {
    for (const entry of [...this.entries.values()]) if (entry.token !== token) this.evict(entry);
  }

  /** The catalog no longer holds this graph (another member answered, or it was dropped outside innograph). */
  vanished(key: string, graph: string): void {
    const entry = this.entries.get(key);
    if (entry?.projection.graph === graph) this.entries.delete(key);
  }

  /**
   * Offers a projection its request made under `token` and has finished with. True: it is kept and the caller
   * must not drop it. False (the cache is off, the projection is over the whole budget, or the scope is kept
   * already): the caller drops it, as without a cache.
   */
  offer(token: string | null, key: string, projection: KeptProjection): boolean {
    if (!this.enabled || size(projection) > this.limits.elements) return false;
    this.stale(token);
    if (this.entries.has(key)) return false;
    this.entries.set(key, { key, projection, token, users: 0, evicted: false, lastUsed: ++this.clock });
    this.fit();
    return true;
  }

  /** Drops every kept graph (the process is stopping) and waits for the drops. */
  async close(): Promise<void> {
    const kept = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(kept.map(e => this.drop(e.projection.graph).catch(() => undefined)));
  }

  // Least recently used out first; the newest entry fits alone, since offer refuses one over the budget.
  private fit(): void {
    let total = [...this.entries.values()].reduce((n, e) => n + size(e.projection), 0);
    while (this.entries.size > this.limits.graphs || total > this.limits.elements) {
      const oldest = [...this.entries.values()].reduce((a, b) => (a.lastUsed <= b.lastUsed ? a : b));
      total -= size(oldest.projection);
      this.evict(oldest);
    }
  }

  private evict(entry: Entry): void {
    this.entries.delete(entry.key);
    entry.evicted = true;
    if (entry.users === 0) this.dropQuietly(entry);
  }

  // The drop callback logs its own failures; a leaked graph goes when Neo4j restarts.
  private dropQuietly(entry: Entry): void {
    void this.drop(entry.projection.graph).catch(() => undefined);
  }
}

const size = (p: KeptProjection) => p.nodeCount + p.relationshipCount;
