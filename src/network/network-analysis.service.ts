import type { AnalyticsService } from "../analytics/analytics.service";
import type { CentralityAlgorithm, CommunityAlgorithm } from "../analytics/analytics-algorithm";
import type { EntityKind } from "../domain/entity-kind";
import type { GraphScope } from "../domain/graph-scope";
import { NetworkKind } from "../domain/partnership";
import { BadInputError } from "../errors";
import type { NetworkQuestion } from "../partnership/network-question";
import type { PartnershipService } from "../partnership/partnership.service";
import { PartnershipMeasure } from "../partnership/partnership-measure";
import { partnershipEcho, scopeEcho, type NetworkEcho } from "./network-echo";

/** Which network an analytic question runs on and how it narrows it; the other network's argument is an error. */
export interface NetworkChoice {
  network?: NetworkKind | null;
  /** PARTNERSHIP: level, tie kinds, modalities, window, weighted. */
  partnership?: NetworkQuestion | null;
  /** FACTS: which part of the fact graph. */
  scope?: GraphScope | null;
}

export interface CentralityAnswer {
  network: NetworkEcho;
  scores: { entityId: string; score: number; rank: number }[];
}

export interface CommunitiesAnswer {
  network: NetworkEcho;
  /** Biggest first, members sorted by id. */
  communities: string[][];
  /** Newman's, of the partition returned, weighted when the network is; null when the network has no link. */
  modularity: number | null;
  collapsed: boolean;
}

/** The partnership measures that share a name with a centrality algorithm (GDS names the FACTS ones). */
const MEASURE: Partial<Record<CentralityAlgorithm, PartnershipMeasure>> = Object.fromEntries(
  Object.values(PartnershipMeasure).map(m => [m, m]),
);

/**
 * centrality and communities on either network. A researcher asking who is central means partnerships,
 * so PARTNERSHIP is the default; FACTS (every stored relationship as one equal link) is asked for by name.
 */
export class NetworkAnalysisService {
  constructor(
    private readonly partnership: PartnershipService,
    private readonly facts: AnalyticsService,
  ) {}

  /**
   * The `first` most central nodes of the network asked for, with the network it ran on.
   * @throws BadInputError when an argument belongs to the other network or the algorithm has no meaning on it;
   *   the errors of the network's own service.
   */
  async centrality(
    algorithm: CentralityAlgorithm,
    choice: NetworkChoice,
    first: number,
    rankKinds: EntityKind[],
    samplingSize: number | null,
  ): Promise<CentralityAnswer> {
    if (kindOf(choice) === NetworkKind.FACTS) {
      const scores = await this.facts.centrality(algorithm, choice.scope, first, rankKinds, samplingSize);
      return { network: scopeEcho(choice.scope), scores };
    }
    if (rankKinds.length) throw new BadInputError("rankKinds", "applies to the FACTS network only");
    const measure = MEASURE[algorithm];
    if (!measure) throw new BadInputError("algorithm", `${algorithm} is computed on the FACTS network only`);
    const ranking = await this.partnership.rank(measure, choice.partnership, first, samplingSize);
    return {
      network: partnershipEcho(ranking.network),
      scores: ranking.scores.map(s => ({ entityId: s.id, score: s.score, rank: s.rank })),
    };
  }

  /**
   * The communities of the network asked for, biggest first, with the network it ran on.
   * @throws BadInputError when an argument belongs to the other network; the errors of the network's service.
   */
  async communities(algorithm: CommunityAlgorithm, choice: NetworkChoice): Promise<CommunitiesAnswer> {
    if (kindOf(choice) === NetworkKind.FACTS) {
      const found = await this.facts.communities(algorithm, choice.scope);
      const communities = found.communities.map(c => c.memberIds);
      const collapsed = communities.length === 1 && communities[0]!.length > 1;
      return { network: scopeEcho(choice.scope), communities, modularity: found.modularity, collapsed };
    }
    const answer = await this.partnership.communities(algorithm, choice.partnership);
    return { ...answer, network: partnershipEcho(answer.network) };
  }
}

function kindOf(choice: NetworkChoice): NetworkKind {
  const kind = choice.network ?? NetworkKind.PARTNERSHIP;
  if (kind === NetworkKind.FACTS && choice.partnership) {
    throw new BadInputError("partnership", "applies to the PARTNERSHIP network only");
  }
  if (kind === NetworkKind.PARTNERSHIP && choice.scope) {
    throw new BadInputError("scope", "applies to the FACTS network; use partnership to narrow the partnership network");
  }
  return kind;
}
