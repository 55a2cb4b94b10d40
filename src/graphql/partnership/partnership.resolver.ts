import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { PartnershipMeasure } from "../../partnership/partnership-measure";
import { PartnershipPathMode } from "../../partnership/partnership.service";
import { CommunityAlgorithm } from "../../analytics/analytics-algorithm";
import type { Context } from "../context";
import { GraphScopeInput } from "../scope/graph-scope.input";
import { NetworkQuestionInput } from "./network-question.input";
import { entitiesOf, scored, toNetworkUsed } from "./partnership-view.mapper";
import {
  PartnerConnection,
  PartnershipCommunities,
  PartnershipCutPoints,
  PartnershipEvolution,
  PartnershipRanking,
  PartnershipView,
  TiePathAnswer,
} from "./partnership.type";

const NETWORK = {
  nullable: true,
  description:
    "Which partnership network (default: ENTITY level, ACTUAL facts, all tie kinds but CO_ATTENDANCE, all time, weighted)",
};

@Resolver()
export class PartnershipResolver {
  @Query(() => PartnerConnection, {
    description:
      "Who an entity (or, at CITY/CORRIDOR level, a city or corridor) works with, strongest tie first, each tie with its kinds, dates and evidence",
  })
  async partners(
    @Arg("id", { description: "An id, or a name in any script, pinyin or English" }) id: string,
    @Arg("network", () => NetworkQuestionInput, NETWORK) network: NetworkQuestionInput | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const page = await ctx.services.partnership.partners(id, network, first, after);
    const partners = await ctx.loaders.entityById.loadMany(page.partners.map(p => p.partnerId));
    return {
      network: toNetworkUsed(page.network),
      totalCount: page.totalCount,
      hasNextPage: page.hasNextPage,
      edges: page.partners.map((p, i) => ({ partner: partners[i], tie: p.tie, cursor: p.cursor })),
    };
  }

  @Query(() => PartnershipView, { description: "The partnership network with its weighted ties, ready to draw" })
  async partnershipNetwork(
    @Arg("network", () => NetworkQuestionInput, NETWORK) network: NetworkQuestionInput | null,
    @Arg("scope", () => GraphScopeInput, {
      nullable: true,
      description:
        "Cut the network to the entities of a scope, as the analytics scope them (a corridor: its member cities and what is directly linked to them); only the ties among them stay",
    })
    scope: GraphScopeInput | null,
    @Ctx() ctx: Context,
  ) {
    const n = await ctx.services.partnership.scopedNetwork(network, scope);
    const used = { ...toNetworkUsed(n.used), corridor: scope?.corridor ?? null };
    return { network: used, nodes: await entitiesOf(ctx, n.nodes), ties: n.ties };
  }

  @Query(() => TiePathAnswer, {
    description: "Paths between two entities over the partnership network",
    deprecationReason: "Use partnershipPaths: it runs on the PARTNERSHIP network by default (partnership: narrows it)",
  })
  async partnershipTiePaths(
    @Arg("from") from: string,
    @Arg("to") to: string,
    @Arg("mode", () => PartnershipPathMode, { defaultValue: PartnershipPathMode.SHORTEST }) mode: PartnershipPathMode,
    @Arg("k", () => Int, { defaultValue: 3 }) k: number,
    @Arg("maxHops", () => Int, { defaultValue: 6 }) maxHops: number,
    @Arg("network", () => NetworkQuestionInput, NETWORK) network: NetworkQuestionInput | null,
    @Ctx() ctx: Context,
  ) {
    const answer = await ctx.services.partnership.paths(from, to, mode, k, maxHops, network);
    const paths = await Promise.all(
      answer.paths.map(async p => ({
        length: p.nodes.length - 1,
        cost: p.cost,
        nodes: await entitiesOf(ctx, p.nodes),
        steps: p.ties,
      })),
    );
    return { network: toNetworkUsed(answer.network), paths, truncated: answer.truncated };
  }

  @Query(() => PartnershipRanking, {
    description: "The nodes of the partnership network ranked by a measure (see PartnershipMeasure for each scale)",
    deprecationReason: "Use centrality: it runs on the PARTNERSHIP network by default (partnership: narrows it)",
  })
  async partnershipCentrality(
    @Arg("measure", () => PartnershipMeasure) measure: PartnershipMeasure,
    @Arg("network", () => NetworkQuestionInput, NETWORK) network: NetworkQuestionInput | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("samplingSize", () => Int, {
      nullable: true,
      description: "BETWEENNESS only: estimate from this many seeded sources, scaled by n / samplingSize",
    })
    samplingSize: number | null,
    @Ctx() ctx: Context,
  ) {
    const ranking = await ctx.services.partnership.rank(measure, network, first, samplingSize);
    return { network: toNetworkUsed(ranking.network), scores: await scored(ctx, ranking.scores) };
  }

  @Query(() => PartnershipCommunities, {
    description:
      "Communities of the partnership network (GDS), with the modularity of the partition and whether it collapsed into one",
    deprecationReason: "Use communities: it runs on the PARTNERSHIP network by default (partnership: narrows it)",
  })
  async partnershipCommunities(
    @Arg("algorithm", () => CommunityAlgorithm) algorithm: CommunityAlgorithm,
    @Arg("network", () => NetworkQuestionInput, NETWORK) network: NetworkQuestionInput | null,
    @Ctx() ctx: Context,
  ) {
    const answer = await ctx.services.partnership.communities(algorithm, network);
    const communities = await Promise.all(answer.communities.map(c => entitiesOf(ctx, c)));
    return {
      network: toNetworkUsed(answer.network),
      communities,
      modularity: answer.modularity,
      collapsed: answer.collapsed,
    };
  }

  @Query(() => PartnershipCutPoints, {
    description: "Bridges and articulation points of the partnership network (GDS)",
  })
  async partnershipCutPoints(
    @Arg("network", () => NetworkQuestionInput, NETWORK) network: NetworkQuestionInput | null,
    @Ctx() ctx: Context,
  ) {
    const answer = await ctx.services.partnership.cutPoints(network);
    return {
      network: toNetworkUsed(answer.network),
      bridges: await Promise.all(answer.bridges.map(b => entitiesOf(ctx, b))),
      articulationPoints: await entitiesOf(ctx, answer.articulationPoints),
    };
  }

  @Query(() => PartnershipEvolution, {
    description: "The partnership network year by year (as it stood at the end of each year)",
  })
  async partnershipEvolution(
    @Arg("from", () => Int, { description: "First year" }) from: number,
    @Arg("to", () => Int, { description: "Last year" }) to: number,
    @Arg("network", () => NetworkQuestionInput, NETWORK) network: NetworkQuestionInput | null,
    @Arg("top", () => Int, { defaultValue: 5 }) top: number,
    @Ctx() ctx: Context,
  ) {
    const answer = await ctx.services.partnership.evolution(network, from, to, top);
    const periods = await Promise.all(answer.periods.map(async p => ({ ...p, top: await scored(ctx, p.top) })));
    return { network: toNetworkUsed(answer.network), periods };
  }
}
