import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../entity-record";
import { Agreement, City, Entity, Event, Industry, Person } from "../entity.type";
import { linked, linkedOne } from "../links";

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => City, { nullable: true, description: "The city the event was held in" })
  city(@Root() e: EntityRecord, @Ctx() ctx: Context) {
    return linkedOne(ctx, e, "heldIn");
  }

  @FieldResolver(() => [Agreement], { description: "Agreements signed at the event" })
  agreements(@Root() e: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, e, "agreementsSigned");
  }

  @FieldResolver(() => [Entity])
  hosts(@Root() e: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, e, "hosts");
  }

  @FieldResolver(() => [Person])
  speakers(@Root() e: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, e, "speakers");
  }

  @FieldResolver(() => [Entity])
  attendees(@Root() e: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, e, "attendees");
  }

  @FieldResolver(() => [Entity], { description: "Platforms and agreements launched at the event" })
  launched(@Root() e: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, e, "launched");
  }

  @FieldResolver(() => [Industry])
  industries(@Root() e: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, e, "industries");
  }
}
