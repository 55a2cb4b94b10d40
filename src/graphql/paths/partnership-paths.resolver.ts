import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { PathRecord } from "../../paths/path-record";
import { MAX_ALL_SHORTEST } from "../../paths/path.service";
import { ListCap } from "../limits/list-size";
import type { Context } from "../context";
import { PartnershipPathsArgs } from "./partnership-paths.args";
import { PartnershipPath } from "./partnership-path.type";

@Resolver()
export class PartnershipPathsResolver {
  @Query(() => [PartnershipPath], {
    description:
      "How two entities are connected: shortest paths over relationships in either direction, with evidence for each step",
  })
  @ListCap(MAX_ALL_SHORTEST)
  partnershipPaths(@Args() args: PartnershipPathsArgs, @Ctx() ctx: Context): Promise<PathRecord[]> {
    return ctx.services.paths.find(args);
  }
}
