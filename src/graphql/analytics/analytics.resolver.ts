import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { DEFAULT_FIRST, MAX_FIRST, type CommunityShape, type RankedEntity } from "../../analytics/analytics.service";
import { EntityKind } from "../../domain/entity-kind";
import type { Context } from "../context";
import type { EntityRecord } from "../../entity/entity-record";
import { Entity } from "../entity/entity.type";
import { GraphScopeInput } from "../scope/graph-scope.input";
import { CentralityAlgorithm, CommunityAlgorithm } from "../../analytics/analytics-algorithm";
import { CentralityScore } from "./centrality-score.type";
import { Community } from "./community.type";

@Resolver()
export class AnalyticsQueryResolver {
  @Query(() => [CentralityScore], {
    description: "The most central entities of a scope, computed by GDS, highest score first",
  })
  centrality(
    @Arg("algorithm", () => CentralityAlgorithm) algorithm: CentralityAlgorithm,
    @Arg("scope", () => GraphScopeInput, { nullable: true }) scope: GraphScopeInput | undefined,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: DEFAULT_FIRST,
      description: `How many entities to return (at most ${MAX_FIRST})`,
    })
    first: number | null,
    @Arg("rankKinds", () => [EntityKind], {
      nullable: true,
      description:
        "Rank only these kinds (e.g. [City] for the most central cities); scores still come from the whole scope",
    })
    rankKinds: EntityKind[] | null,
    @Arg("samplingSize", () => Int, {
      nullable: true,
      description:
        "BETWEENNESS only: estimate the scores from this many source entities, picked with a fixed seed so the same question gets the same answer. " +
        "Omitted, the scores are exact, which follows every shortest path and takes minutes beyond a few tens of thousands of entities.",
    })
    samplingSize: number | null,
    @Ctx() ctx: Context,
  ): Promise<RankedEntity[]> {
    return ctx.services.analytics.centrality(
      algorithm,
      scope,
      first ?? DEFAULT_FIRST,
      rankKinds ?? [],
      samplingSize ?? null,
    );
  }

  @Query(() => [Community], { description: "Communities of a scope, computed by GDS, biggest first" })
  communities(
    @Arg("algorithm", () => CommunityAlgorithm) algorithm: CommunityAlgorithm,
    @Arg("scope", () => GraphScopeInput, { nullable: true }) scope: GraphScopeInput | undefined,
    @Ctx() ctx: Context,
  ): Promise<CommunityShape[]> {
    return ctx.services.analytics.communities(algorithm, scope);
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
