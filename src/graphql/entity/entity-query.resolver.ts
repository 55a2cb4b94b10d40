import { Max, Min } from "class-validator";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Int, Query, Resolver } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import type { Context } from "../context";
import type { EntityRecord } from "../../entity/entity-record";
import { Entity } from "./entity.type";
import { lookAhead } from "./look-ahead";
import { selectedEntity } from "./selection";

export const MAX_SEARCH = 100;
/** Links read with the entity itself: two levels, the depth of a dashboard's detail card; deeper ones go through the loaders. */
const LOOK_AHEAD_LEVELS = 2;

@ArgsType()
class SearchArgs {
  @Field({
    description: "A name in Simplified or Traditional Chinese, pinyin (with or without spaces and tones) or English",
  })
  text!: string;

  @Field(() => [EntityKind], { nullable: true })
  kinds?: EntityKind[];

  @Field(() => Int, { defaultValue: 10 })
  @Min(1, { message: "first must be at least 1" })
  @Max(MAX_SEARCH, { message: `first must be at most ${MAX_SEARCH}` })
  first!: number;
}

@Resolver()
export class EntityQueryResolver {
  @Query(() => Entity, { nullable: true, description: "One entity by its id" })
  entity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> {
    const entity = selectedEntity(info, true);
    const plan = lookAhead(info, LOOK_AHEAD_LEVELS);
    return plan.length || !entity.all ? ctx.loaders.entityWithLinks(id, entity, plan) : ctx.loaders.entityById.load(id);
  }

  @Query(() => [Entity], {
    description:
      "Entities ranked by how well a name matches, from any script, pinyin or English: exact names, then prefixes, substrings and full-text hits. Chinese characters match as characters, so 苏州 never finds 宿州; a romanisation several names share (Suzhou) finds each, and equally good matches rank by their relationships in the graph, most first. Tell places apart by nameEn or City.province",
  })
  async search(
    @Args() args: SearchArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord[]> {
    const hits = await ctx.services.entities.search(args.text, args.kinds ?? [], args.first, selectedEntity(info));
    return hits.map(h => h.entity);
  }
}
