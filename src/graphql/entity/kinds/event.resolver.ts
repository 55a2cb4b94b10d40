import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../../../entity/entity-record";
import { Agreement, City, Entity, Event, Industry, Person } from "../entity.type";
import { Link, linked, linkedOne } from "../link-field";

@Resolver(() => Event)
export class EventResolver {
  @Link("heldIn")
  @FieldResolver(() => City, { nullable: true, description: "The city the event was held in" })
  city(@Root() e: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkedOne(ctx, e, info);
  }

  @Link("agreementsSigned")
  @FieldResolver(() => [Agreement], { description: "Agreements signed at the event" })
  agreements(@Root() e: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, e, info);
  }

  @Link("hosts")
  @FieldResolver(() => [Entity])
  hosts(@Root() e: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, e, info);
  }

  @Link("speakers")
  @FieldResolver(() => [Person])
  speakers(@Root() e: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, e, info);
  }

  @Link("attendees")
  @FieldResolver(() => [Entity])
  attendees(@Root() e: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, e, info);
  }

  @Link("launched")
  @FieldResolver(() => [Entity], { description: "Platforms and agreements launched at the event" })
  launched(@Root() e: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, e, info);
  }

  @Link("industries")
  @FieldResolver(() => [Industry])
  industries(@Root() e: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, e, info);
  }
}
