import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../entity-record";
import { City, Corridor, Entity, Event, Industry } from "../entity.type";
import { linked, linkedOne } from "../links";

@Resolver(() => Corridor)
export class CorridorResolver {
  @FieldResolver(() => [Entity], { description: "Member cities (and other members)" })
  members(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "members");
  }

  @FieldResolver(() => City, { nullable: true })
  centralCity(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linkedOne(ctx, c, "centralCity");
  }

  @FieldResolver(() => [Event], { description: "Events the corridor hosted" })
  events(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "hosted");
  }

  @FieldResolver(() => [Industry])
  industries(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "industries");
  }
}
