import { randomUUID } from "node:crypto";
import type { Integer, ManagedTransaction } from "neo4j-driver";
import type { scopeParams } from "../domain/graph-scope";
import type { Logger } from "../logger";
import { run, type Database } from "../neo4j/database";
import { observeGdsRun, type ProjectedSize } from "../observability/gds-observer";
import { inPinnedTransaction } from "../neo4j/pinned-transaction";
import { int } from "../neo4j/values";
import type { AlgorithmCall } from "./algorithms";
import type { Scored } from "./ranking";
import { NETWORK_VERSION_KEY } from "../partnership/tie-write.repository";
import {
  DEFAULT_PROJECTION_CACHE,
  ProjectionCache,
  type ProjectionCacheLimits,
  type ProjectionLease,
} from "./projection-cache";

export type ScopeParams = ReturnType<typeof scopeParams>;

/** Names of projections innograph makes; anything in the catalog with this prefix is ours. */
export const GRAPH_PREFIX = "innograph-";

// Below this size GDS's threads cost more than they save: on the seed graph, eigenvector centrality
// took 165 ms on one thread and 6-17 s on two or four (each iteration synchronises the workers).
const PARALLEL_FROM_NODES = 100_000;
// The most pairs of a scope that travel through this process to be projected by a statement small enough to plan
// in ~30 ms instead of 220-780 ms (analytics/project-pairs). They cost this process about 6 µs of CPU a pair, there
// and back (10k generated entities, the whole graph's 55,784 pairs: 350 ms, and no Neo4j time saved but the plan),
// so beyond this the one-statement projection is cheaper. A corridor of 5,910 pairs there: Neo4j 320 ms of CPU and
// this process 37 ms, instead of Neo4j 670 ms. A bigger scope pays for scope-pairs up to its 10,001st row in vain
// (the whole graph there: about 70 ms more than the one statement alone).
export const PAIRS_THROUGH_SERVICE = 10_000;
// The most GDS Community Edition allows.
const MAX_CONCURRENCY = 4;

/**
 * KEPT: the algorithm only streams from the projection, so it may share a kept one (ProjectionCache). OWN: it
 * writes properties into the projection (the community algorithms' mutate), so it needs a fresh one of its own.
 */
const KEPT = "kept";
const OWN = "own";
type ProjectionUse = typeof KEPT | typeof OWN;

/** Communities as the algorithm found them, and the Newman modularity GDS gives that partition. */
export interface Partition {
  communities: string[][];
  modularity: number | null;
}

export interface Projection {
  graph: string;
  concurrency: Integer;
}

/** The metrics label of a run: its statement's name without the area ("centrality-pagerank"). */
function algorithmOf(call: AlgorithmCall): string {
  return call.statement.slice(call.statement.indexOf("/") + 1);
}

/** The only code that projects graphs into the GDS catalog and runs algorithms on them. */
export class AnalyticsRepository {
  private readonly cache: ProjectionCache;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    limits: ProjectionCacheLimits = DEFAULT_PROJECTION_CACHE,
  ) {
    this.cache = new ProjectionCache(limits, graph => this.dropKept(graph));
  }

  /** The names of the projections kept for later requests. */
  get keptGraphs(): string[] {
    return this.cache.graphs;
  }

  /** Drops the kept projections; the driver must still be open. */
  close(): Promise<void> {
    return this.cache.close();
  }

  async corridorExists(id: string): Promise<boolean> {
    return (await this.db.read("analytics/corridor-exists", { corridor: id })).length > 0;
  }

  async centrality(scope: ScopeParams, call: AlgorithmCall, first: number, rankKinds: string[]): Promise<Scored[]> {
    return observeGdsRun(algorithmOf(call), projected =>
      this.onProjection(scope, projected, KEPT, (tx, projection) =>
        this.streamScores(tx, projection, call, first, rankKinds),
      ),
    );
  }

  /** The partition, biggest community first, with its modularity (null when no projection or no edge). */
  async communities(scope: ScopeParams, call: AlgorithmCall): Promise<Partition> {
    const [partition] = await observeGdsRun(algorithmOf(call), projected =>
      this.onProjection(scope, projected, OWN, async (tx, projection) => [
        await this.streamCommunities(tx, projection, call),
      ]),
    );
    return partition ?? { communities: [], modularity: null };
  }

  async streamScores(
    tx: ManagedTransaction,
    projection: Projection,
    call: AlgorithmCall,
    first: number,
    rankKinds: string[],
  ): Promise<Scored[]> {
    return run<Scored>(tx, call.statement, { ...projection, ...call.params, first: int(first), rankKinds });
  }

  async streamCommunities(tx: ManagedTransaction, projection: Projection, call: AlgorithmCall): Promise<Partition> {
    // An algorithm's own concurrency (fixed for reproducibility) wins over the size-based one.
    const rows = await run<{ members: string[]; modularity: number }>(tx, call.statement, {
      ...projection,
      ...call.params,
    });
    // GDS answers NaN for a projection without edges, where modularity is undefined.
    const modularity = rows[0]?.modularity;
    return {
      communities: rows.map(r => r.members),
      modularity: modularity === undefined || Number.isNaN(modularity) ? null : modularity,
    };
  }

  /**
   * Runs `work` on a projection of the scope, in one transaction on one member (the catalog lives in that
   * member's memory), so the request's timeout covers it all. The projection is the one kept for the scope
   * when the graph has not changed since (ProjectionCache), or a fresh one, kept afterwards when it fits and
   * else dropped. When anything fails, times out or is cancelled, a fresh projection is dropped again in the
   * same session. An empty scope yields [].
   */
  private async onProjection<R>(
    scope: ScopeParams,
    projected: ProjectedSize,
    use: ProjectionUse,
    work: (tx: ManagedTransaction, projection: Projection) => Promise<R[]>,
  ): Promise<R[]> {
    const key = JSON.stringify(scope);
    const cache = use === KEPT && this.cache.enabled;
    const graph = `${GRAPH_PREFIX}${randomUUID()}`;
    let kept = false;
    const done = cache ? await this.cache.turn(key) : () => undefined;
    return inPinnedTransaction(
      this.db,
      async tx => {
        const { token, lease } = cache ? await this.keptProjection(tx, key) : { token: null, lease: undefined };
        if (lease) {
          const { nodeCount, relationshipCount } = lease.projection;
          projected(nodeCount, relationshipCount, true);
          try {
            return await work(tx, this.projection(lease.projection.graph, lease.projection.nodeCount));
          } finally {
            lease.release();
          }
        }
        const size = await this.project(tx, graph, scope);
        // Projecting zero rows creates no graph, and the algorithms refuse a missing one.
        if (size === undefined) return [];
        projected(size.nodeCount, size.relationshipCount);
        const result = await work(tx, this.projection(graph, size.nodeCount));
        kept = cache && this.cache.offer(token, key, { graph, ...size });
        return result;
      },
      tx => (kept ? Promise.resolve() : this.drop(tx, graph)),
    ).finally(done);
  }

  private projection(graph: string, nodes: number): Projection {
    return { graph, concurrency: int(nodes < PARALLEL_FROM_NODES ? 1 : MAX_CONCURRENCY) };
  }

  /** The graph's version token now, and the projection kept for `key` when it is of that version and here. */
  private async keptProjection(
    tx: ManagedTransaction,
    key: string,
  ): Promise<{ token: string | null; lease: ProjectionLease | undefined }> {
    const lease = this.cache.acquire(key);
    try {
      const [row] = await run<{ token: string | null; exists: boolean }>(tx, "analytics/kept-projection", {
        key: NETWORK_VERSION_KEY,
        graph: lease?.projection.graph ?? null,
      });
      const token = row?.token ?? null;
      this.cache.stale(token);
      if (lease && lease.token === token && row?.exists) return { token, lease };
      if (lease && lease.token === token) this.cache.vanished(key, lease.projection.graph);
      lease?.release();
      return { token, lease: undefined };
    } catch (err) {
      lease?.release();
      throw err;
    }
  }

  /**
   * Projects the scope as `graph`; undefined when the scope is empty and no graph exists. gds.graph.project
   * plans its whole calling statement afresh on every call, so a scope of up to PAIRS_THROUGH_SERVICE pairs
   * comes here as elementIds, in the order the scope statement found them, and goes back in a tiny statement.
   * A bigger one is projected in one statement as before: its planning matters less than carrying its pairs.
   */
  private async project(
    tx: ManagedTransaction,
    graph: string,
    scope: ScopeParams,
  ): Promise<{ nodeCount: number; relationshipCount: number } | undefined> {
    const [found] = await run<{ pairs: [string, string | null][] | null }>(tx, "analytics/scope-pairs", {
      ...scope,
      maxPairs: int(this.pairsThroughService()),
    });
    const pairs = found?.pairs;
    if (pairs?.length === 0) return undefined;
    const [row] = await run<{ nodeCount: number | null; relationshipCount: number }>(
      tx,
      pairs ? "analytics/project-pairs" : "analytics/project-scope",
      pairs ? { graph, pairs } : { graph, ...scope },
    );
    const nodeCount = row?.nodeCount ?? 0;
    return nodeCount === 0 ? undefined : { nodeCount, relationshipCount: row!.relationshipCount };
  }

  /** PAIRS_THROUGH_SERVICE; a method, so that a test can send a small scope the way of a big one. */
  pairsThroughService(): number {
    return PAIRS_THROUGH_SERVICE;
  }

  // A kept graph outlives its request, so it is dropped in a transaction of its own. On a cluster that may reach
  // another member than the one holding it; the drop then finds nothing and the graph goes with that member's restart.
  private async dropKept(graph: string): Promise<void> {
    await this.db.readTx(tx => this.drop(tx, graph));
  }

  private async drop(tx: ManagedTransaction, graph: string): Promise<void> {
    try {
      await run(tx, "analytics/drop-graph", { graph });
    } catch (err) {
      // Never hide the request's own outcome behind a cleanup failure; the leak is logged with its name.
      this.log.error({ err, graph }, "could not drop a projected graph");
    }
  }
}
