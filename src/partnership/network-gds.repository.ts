import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { GRAPH_PREFIX } from "../analytics/analytics.repository";
import type { Logger } from "../logger";
import { run, type Database } from "../neo4j/database";
import { int } from "../neo4j/values";
import type { Network } from "./partnership-network";

export type GdsMeasure = "betweenness" | "pagerank" | "kcore";

const MEASURE_STATEMENT: Record<GdsMeasure, string> = {
  betweenness: "partnership/betweenness",
  pagerank: "partnership/pagerank",
  kcore: "partnership/kcore",
};
export type GdsCommunities = "LOUVAIN" | "LEIDEN" | "LABEL_PROPAGATION" | "WCC";

const COMMUNITY_STATEMENT: Record<GdsCommunities, string> = {
  LOUVAIN: "partnership/communities-louvain",
  LEIDEN: "partnership/communities-leiden",
  LABEL_PROPAGATION: "partnership/communities-label-propagation",
  WCC: "partnership/communities-wcc",
};

/** Runs GDS algorithms on a partnership network projected from its ties, one projection per request. */
export class NetworkGdsRepository {
  constructor(
    private readonly db: Database,
    private readonly log: Logger,
  ) {}

  async scores(
    network: Network,
    measure: GdsMeasure,
    samplingSize: number | null = null,
  ): Promise<Map<string, number>> {
    const rows = await this.onProjection(network, (tx, graph) =>
      run<{ id: string; score: number }>(tx, MEASURE_STATEMENT[measure], {
        graph,
        samplingSize: samplingSize === null ? null : int(samplingSize),
        weighted: network.used.weighted,
      }),
    );
    return new Map(rows.map(r => [r.id, r.score]));
  }

  async communities(network: Network, algorithm: GdsCommunities): Promise<Map<string, number>> {
    const rows = await this.onProjection(network, (tx, graph) =>
      run<{ id: string; community: number }>(tx, COMMUNITY_STATEMENT[algorithm], {
        graph,
        weighted: network.used.weighted,
      }),
    );
    return new Map(rows.map(r => [r.id, r.community]));
  }

  async bridges(network: Network): Promise<{ articulationPoints: string[]; bridges: [string, string][] }> {
    const found = await this.onProjection(network, async (tx, graph) => {
      const points = await run<{ id: string }>(tx, "partnership/articulation-points", { graph });
      const bridges = await run<{ a: string; b: string }>(tx, "partnership/bridges", { graph });
      return [
        {
          points: points.map(p => p.id),
          bridges: bridges.map((b): [string, string] => (b.a < b.b ? [b.a, b.b] : [b.b, b.a])),
        },
      ];
    });
    return {
      articulationPoints: (found[0]?.points ?? []).sort(),
      bridges: (found[0]?.bridges ?? []).sort((x, y) => x.join().localeCompare(y.join())),
    };
  }

  /** Projects the network's ties, runs `work` in the same transaction and drops the projection whatever happens. */
  private async onProjection<R>(
    network: Network,
    work: (tx: ManagedTransaction, graph: string) => Promise<R[]>,
  ): Promise<R[]> {
    if (network.ties.length === 0) return [];
    const projected: string[] = [];
    const ties = network.ties.map(t => ({
      a: t.a,
      b: t.b,
      weight: network.used.weighted ? t.weight : 1,
      distance: network.used.weighted ? 1 / t.weight : 1,
    }));
    try {
      return await this.db.readTx(async tx => {
        // The catalog is not transactional: a retried transaction gets a fresh name.
        const graph = `${GRAPH_PREFIX}${randomUUID()}`;
        projected.push(graph);
        await run(tx, "partnership/project-network", { graph, ties });
        return work(tx, graph);
      });
    } finally {
      for (const graph of projected) {
        try {
          await this.db.read("analytics/drop-graph", { graph });
        } catch (err) {
          this.log.error({ err, graph }, "could not drop a projected graph");
        }
      }
    }
  }
}
