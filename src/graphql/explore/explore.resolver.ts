import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { GraphViewRecord } from "../../explore/graph-view-record";
import type { Context } from "../context";
import { GraphScopeInput } from "../scope/graph-scope.input";
import { NeighbourhoodArgs, SubgraphArgs } from "./explore.args";
import { GraphView } from "./graph-view.type";
import { selectedView } from "./view-selection";

@Resolver()
export class ExploreResolver {
  @Query(() => GraphView, { description: "An entity and what lies within a few hops of it, as nodes and edges" })
  neighbourhood(
    @Args() args: NeighbourhoodArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphViewRecord> {
    return ctx.services.explore.neighbourhood(args, selectedView(info));
  }

  @Query(() => GraphView, {
    description: "The entities of a scope and the relationships among them, as nodes and edges",
  })
  subgraph(
    @Arg("scope", () => GraphScopeInput, { nullable: true }) scope: GraphScopeInput | undefined,
    @Args() args: SubgraphArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphViewRecord> {
    return ctx.services.explore.subgraph(scope, args.limit);
  }
}
