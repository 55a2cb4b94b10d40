import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../entity-record";
import { Agreement, City, Corridor, Entity, Event, Platform, Province } from "../entity.type";
import { linked, linkedOne } from "../links";

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => Province, { nullable: true })
  province(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linkedOne(ctx, c, "province");
  }

  @FieldResolver(() => City, { nullable: true, description: "For a district: the city it belongs to" })
  parentCity(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linkedOne(ctx, c, "parentCity");
  }

  @FieldResolver(() => [City])
  districts(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "districts");
  }

  @FieldResolver(() => [Corridor], { description: "Corridors the city is a member or the central city of" })
  corridors(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "corridors");
  }

  @FieldResolver(() => [Corridor])
  centralCityOf(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "centralCityOf");
  }

  @FieldResolver(() => [Platform])
  platforms(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "platformsIn");
  }

  @FieldResolver(() => [Entity], { description: "Universities, institutes, platforms, enterprises and bodies located in the city" })
  organizations(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "organizationsIn");
  }

  @FieldResolver(() => [Event], { description: "Events held in the city" })
  events(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "eventsHeldIn");
  }

  @FieldResolver(() => [Agreement], { description: "Agreements the city is party to" })
  agreements(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "agreements");
  }

  @FieldResolver(() => [Entity], { description: "Who the city, or anything in it, cooperates or signs agreements with" })
  partners(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return ctx.loaders.partners.load(c.id);
  }

  @FieldResolver(() => [Entity], { description: "Industries the city focuses on" })
  industries(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, c, "industries");
  }
}
