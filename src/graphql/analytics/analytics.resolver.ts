import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { DEFAULT_FIRST, MAX_FIRST, type CommunityShape, type RankedEntity } from "../../analytics/analytics.service";
import { NetworkKind } from "../../domain/partnership";
import { toNetworkEcho } from "../network/network-echo.mapper";
import { NetworkQuestionInput } from "../partnership/network-question.input";
import { CentralityAnswer } from "./centrality-answer.type";
import { CommunitiesAnswer } from "./communities-answer.type";
import { EntityKind } from "../../domain/entity-kind";
import type { Context } from "../context";
import type { EntityRecord } from "../../entity/entity-record";
import { Entity } from "../entity/entity.type";
import { GraphScopeInput } from "../scope/graph-scope.input";
import { CentralityAlgorithm, CommunityAlgorithm } from "../../analytics/analytics-algorithm";
import { CentralityScore } from "./centrality-score.type";
import { Community } from "./community.type";

const NETWORK = {
  nullable: true,
  defaultValue: NetworkKind.PARTNERSHIP,
  description:
    "Which network: PARTNERSHIP (default: who is central means who works with whom; narrowed by `partnership`) or FACTS (every stored relationship as one equal link; narrowed by `scope`)",
};
const PARTNERSHIP = {
  nullable: true,
  description:
    "PARTNERSHIP only: level, tie kinds, modalities, window, weighted (default: ENTITY level, ACTUAL facts, all tie kinds but CO_ATTENDANCE, all time, weighted; distance = 1/weight)",
};
const SCOPE = { nullable: true, description: "FACTS only: which part of the fact graph" };

@Resolver()
export class AnalyticsQueryResolver {
  @Query(() => CentralityAnswer, {
    description:
      "The most central nodes of the partnership network (default) or of the fact graph, highest score first (CONSTRAINT lowest first), with the network it ran on",
  })
  async centrality(
    @Arg("algorithm", () => CentralityAlgorithm) algorithm: CentralityAlgorithm,
    @Arg("network", () => NetworkKind, NETWORK) network: NetworkKind | null,
    @Arg("partnership", () => NetworkQuestionInput, PARTNERSHIP) partnership: NetworkQuestionInput | null,
    @Arg("scope", () => GraphScopeInput, SCOPE) scope: GraphScopeInput | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: DEFAULT_FIRST,
      description: `How many entities to return (at most ${MAX_FIRST})`,
    })
    first: number | null,
    @Arg("rankKinds", () => [EntityKind], {
      nullable: true,
      description:
        "FACTS only: rank only these kinds (e.g. [City] for the most central cities); scores still come from the whole scope. For cities on PARTNERSHIP, ask partnership: { level: CITY }",
    })
    rankKinds: EntityKind[] | null,
    @Arg("samplingSize", () => Int, {
      nullable: true,
      description:
        "BETWEENNESS only: estimate the scores from this many source entities, picked with a fixed seed so the same question gets the same answer; on PARTNERSHIP the estimate is scaled by n / samplingSize to the exact scale. " +
        "Omitted, the scores are exact, which follows every shortest path and takes minutes beyond a few tens of thousands of entities.",
    })
    samplingSize: number | null,
    @Ctx() ctx: Context,
  ): Promise<CentralityAnswer> {
    const answer = await ctx.services.networkAnalysis.centrality(
      algorithm,
      { network, partnership, scope },
      first ?? DEFAULT_FIRST,
      rankKinds ?? [],
      samplingSize ?? null,
    );
    return { ...answer, network: toNetworkEcho(answer.network) };
  }

  @Query(() => CommunitiesAnswer, {
    description:
      "Communities of the partnership network (default) or of the fact graph, computed by GDS, biggest first, with the network it ran on",
  })
  async communities(
    @Arg("algorithm", () => CommunityAlgorithm) algorithm: CommunityAlgorithm,
    @Arg("network", () => NetworkKind, NETWORK) network: NetworkKind | null,
    @Arg("partnership", () => NetworkQuestionInput, PARTNERSHIP) partnership: NetworkQuestionInput | null,
    @Arg("scope", () => GraphScopeInput, SCOPE) scope: GraphScopeInput | null,
    @Ctx() ctx: Context,
  ): Promise<CommunitiesAnswer> {
    const answer = await ctx.services.networkAnalysis.communities(algorithm, { network, partnership, scope });
    return {
      ...answer,
      network: toNetworkEcho(answer.network),
      communities: answer.communities.map((memberIds, i) => ({ id: i + 1, size: memberIds.length, memberIds })),
    };
  }
}

@Resolver(() => CentralityScore)
export class CentralityScoreResolver {
  @FieldResolver(() => Entity)
  entity(@Root() score: RankedEntity, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return ctx.loaders.entityById.load(score.entityId);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => [Entity], { description: "The members, sorted by id" })
  async members(@Root() community: CommunityShape, @Ctx() ctx: Context): Promise<EntityRecord[]> {
    const members = await ctx.loaders.entityById.loadMany(community.memberIds);
    // An entity deleted since the projection simply drops out; loader errors surface as errors.
    return members.filter((m): m is EntityRecord => {
      if (m instanceof Error) throw m;
      return m !== null;
    });
  }
}

export const ANALYTICS_RESOLVERS = [AnalyticsQueryResolver, CentralityScoreResolver, CommunityResolver] as const;
