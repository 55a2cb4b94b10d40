import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../../../entity/entity-record";
import { City, Corridor, Entity, Event, Industry } from "../entity.type";
import { Link, linked, linkedOne } from "../link-field";

@Resolver(() => Corridor)
export class CorridorResolver {
  @Link("members")
  @FieldResolver(() => [Entity], { description: "Member cities (and other members)" })
  members(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("centralCity")
  @FieldResolver(() => City, { nullable: true })
  centralCity(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkedOne(ctx, c, info);
  }

  @Link("hosted")
  @FieldResolver(() => [Event], { description: "Events the corridor hosted" })
  events(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("industries")
  @FieldResolver(() => [Industry])
  industries(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }
}
