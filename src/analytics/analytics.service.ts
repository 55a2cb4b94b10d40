import type { EntityKind } from "../domain/entity-kind";
import { BadInputError, LimitExceededError, NotFoundError } from "../errors";
import { CentralityAlgorithm, type CommunityAlgorithm } from "./analytics-algorithm";
import { scopeParams, type GraphScope } from "../domain/graph-scope";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { int } from "../neo4j/values";
import { CENTRALITY, COMMUNITIES } from "./algorithms";
import { AnalyticsRepository } from "./analytics.repository";
import type { ProjectionCacheLimits } from "./projection-cache";
import { withRanks } from "./ranking";

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 500;
/** Sampled betweenness costs one breadth-first search per sampled source; beyond this, ask for exact scores. */
export const MAX_SAMPLING = 100_000;

export interface RankedEntity {
  entityId: string;
  score: number;
  rank: number;
}

export interface CommunityShape {
  id: number;
  size: number;
  memberIds: string[];
}

/** Centrality and community detection with GDS over a scope of the graph, projected once per version of the graph. */
export class AnalyticsService {
  private readonly repository: AnalyticsRepository;

  constructor(db: Database, log: Logger, projectionCache?: ProjectionCacheLimits) {
    this.repository = new AnalyticsRepository(db, log, projectionCache);
  }

  /** The projections kept for later requests (ProjectionCache). */
  get keptGraphs(): string[] {
    return this.repository.keptGraphs;
  }

  /** Drops the kept projections; call before the driver closes. */
  close(): Promise<void> {
    return this.repository.close();
  }

  /**
   * The `first` most central entities of the scope, highest score first; with `rankKinds`, only entities of
   * those kinds are ranked, though their scores are computed over the whole scope.
   * @throws BadInputError when the algorithm is a partnership-only measure, first < 1 or samplingSize is given for another algorithm than betweenness
   *   or is below 1, LimitExceededError when first > MAX_FIRST or samplingSize > MAX_SAMPLING,
   *   NotFoundError when the scope names a corridor that does not exist.
   */
  async centrality(
    algorithm: CentralityAlgorithm,
    scope: GraphScope | null | undefined,
    first: number,
    rankKinds: EntityKind[] = [],
    samplingSize: number | null = null,
  ): Promise<RankedEntity[]> {
    if (!Number.isInteger(first) || first < 1) throw new BadInputError("first", "must be at least 1");
    if (first > MAX_FIRST) throw new LimitExceededError("first", MAX_FIRST, first);
    const call = CENTRALITY[algorithm];
    if (!call) throw new BadInputError("algorithm", `${algorithm} is computed on the PARTNERSHIP network only`);
    if (samplingSize !== null) {
      if (algorithm !== CentralityAlgorithm.BETWEENNESS) {
        throw new BadInputError("samplingSize", "applies to BETWEENNESS only");
      }
      if (!Number.isInteger(samplingSize) || samplingSize < 1) {
        throw new BadInputError("samplingSize", "must be at least 1");
      }
      if (samplingSize > MAX_SAMPLING) throw new LimitExceededError("samplingSize", MAX_SAMPLING, samplingSize);
    }
    await this.checkCorridor(scope);
    const sampled =
      samplingSize === null ? call : { ...call, params: { ...call.params, samplingSize: int(samplingSize) } };
    const scores = await this.repository.centrality(scopeParams(scope), sampled, first, rankKinds);
    return withRanks(scores).map(s => ({ entityId: s.id, score: s.score, rank: s.rank }));
  }

  /**
   * The communities of the scope, biggest first, numbered from 1 in that order, with the modularity of that
   * partition on the scope's (unweighted) graph; null when the scope has no link.
   * @throws NotFoundError when the scope names a corridor that does not exist.
   */
  async communities(
    algorithm: CommunityAlgorithm,
    scope: GraphScope | null | undefined,
  ): Promise<{ communities: CommunityShape[]; modularity: number | null }> {
    await this.checkCorridor(scope);
    const { communities, modularity } = await this.repository.communities(scopeParams(scope), COMMUNITIES[algorithm]);
    return {
      communities: communities.map((memberIds, i) => ({ id: i + 1, size: memberIds.length, memberIds })),
      modularity,
    };
  }

  // A mistyped corridor would otherwise look like a corridor with nothing in it.
  private async checkCorridor(scope: GraphScope | null | undefined): Promise<void> {
    const corridor = scope?.corridor;
    if (corridor && !(await this.repository.corridorExists(corridor))) throw new NotFoundError("Corridor", corridor);
  }
}
