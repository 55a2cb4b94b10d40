import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { EntityRecord } from "../../entity/entity-record";
import type { Context } from "../context";
import { City, Entity } from "./entity.type";
import { ORGANIZATION_TYPES } from "./link-fields";

/** Partners are not one typed link but anyone reached through agreements or cooperation. */
function partnersResolver(type: ClassType, description: string): ClassType {
  @Resolver(() => type)
  class PartnersResolver {
    @FieldResolver(() => [Entity], { description })
    partners(@Root() e: EntityRecord, @Ctx() ctx: Context): Promise<EntityRecord[]> {
      return ctx.loaders.partners.load(e.id);
    }
  }
  return PartnersResolver;
}

export const PARTNERS_RESOLVERS = [
  partnersResolver(City, "Who the city, or anything in it, cooperates or signs agreements with"),
  ...ORGANIZATION_TYPES.map(type => partnersResolver(type, "Who it cooperates or signs agreements with")),
];
