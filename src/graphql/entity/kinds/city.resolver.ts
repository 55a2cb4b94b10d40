import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../../../entity/entity-record";
import { Agreement, City, Corridor, Entity, Event, Platform, Province } from "../entity.type";
import { Link, linked, linkedOne } from "../link-field";

@Resolver(() => City)
export class CityResolver {
  @Link("province")
  @FieldResolver(() => Province, { nullable: true })
  province(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkedOne(ctx, c, info);
  }

  @Link("parentCity")
  @FieldResolver(() => City, { nullable: true, description: "For a district: the city it belongs to" })
  parentCity(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkedOne(ctx, c, info);
  }

  @Link("districts")
  @FieldResolver(() => [City])
  districts(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("corridors")
  @FieldResolver(() => [Corridor], { description: "Corridors the city is a member or the central city of" })
  corridors(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("centralCityOf")
  @FieldResolver(() => [Corridor])
  centralCityOf(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("platformsIn")
  @FieldResolver(() => [Platform])
  platforms(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("organizationsIn")
  @FieldResolver(() => [Entity], { description: "Universities, institutes, platforms, enterprises and bodies located in the city" })
  organizations(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("eventsHeldIn")
  @FieldResolver(() => [Event], { description: "Events held in the city" })
  events(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @Link("agreements")
  @FieldResolver(() => [Agreement], { description: "Agreements the city is party to" })
  agreements(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }

  @FieldResolver(() => [Entity], { description: "Who the city, or anything in it, cooperates or signs agreements with" })
  partners(@Root() c: EntityRecord, @Ctx() ctx: Context) {
    return ctx.loaders.partners.load(c.id);
  }

  @Link("industries")
  @FieldResolver(() => [Entity], { description: "Industries the city focuses on" })
  industries(@Root() c: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, c, info);
  }
}
