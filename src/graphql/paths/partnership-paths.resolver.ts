import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { toPathAnswer } from "./path-answer.mapper";
import { PartnershipPathsArgs } from "./partnership-paths.args";
import { PathAnswer } from "./partnership-path.type";
import { selectedPathReads } from "./path-selection";

@Resolver()
export class PartnershipPathsResolver {
  @Query(() => PathAnswer, {
    description:
      "How two entities are connected, with the network the paths were found on: over partnership ties by default (each step a tie with its kinds, weight, modality, dates and quotes), or with network: FACTS over stored relationships in either direction",
  })
  async partnershipPaths(@Args() args: PartnershipPathsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toPathAnswer(ctx, await ctx.services.networkPaths.find(args, selectedPathReads(info)));
  }
}
