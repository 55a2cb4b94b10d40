import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { EntityRecord } from "../../entity/entity-record";
import type { Context } from "../context";
import { City, Entity } from "./entity.type";
import { ORGANIZATION_TYPES } from "./link-fields";
import { firstPartners, PartnersFirst } from "./partners-first";

/** Partners are not one typed link but anyone reached through agreements or cooperation. */
function partnersResolver(type: ClassType, description: string): ClassType {
  @Resolver(() => type)
  class PartnersResolver {
    @FieldResolver(() => [Entity], { description })
    partners(@Root() e: EntityRecord, @Ctx() ctx: Context, @PartnersFirst() first: number): Promise<EntityRecord[]> {
      return firstPartners(ctx.loaders.partners.load(e.id), first);
    }
  }
  return PartnersResolver;
}

/** A city's partners are cities: the same CITY-level partnership network that partners(level: CITY) and stats rank. */
@Resolver(() => City)
class CityPartnersResolver {
  @FieldResolver(() => [Entity], {
    description:
      "The city's partner cities in the default partnership network at CITY level (as partners(level: CITY) and stats.topPartnerCities count them), strongest tie first",
  })
  async partners(
    @Root() c: EntityRecord,
    @Ctx() ctx: Context,
    @PartnersFirst() first: number,
  ): Promise<EntityRecord[]> {
    const ids = await firstPartners(ctx.loaders.partnerCities.load(c.id), first);
    const found = await ctx.loaders.entityById.loadMany(ids);
    return found.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
  }
}

export const PARTNERS_RESOLVERS = [
  CityPartnersResolver,
  ...ORGANIZATION_TYPES.map(type => partnersResolver(type, "Who it cooperates or signs agreements with")),
];
