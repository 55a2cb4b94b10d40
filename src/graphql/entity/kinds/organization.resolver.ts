import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../entity-record";
import {
  Academy, Agreement, City, Enterprise, Entity, Event, GovernmentBody, Industry, Organization, Person, Platform,
  ResearchInstitute, University,
} from "../entity.type";
import { linked, linkedOne } from "../links";

/** Universities, institutes, academies, platforms, companies and bodies share one set of typed links. */
function organizationResolver(type: ClassType) {
  @Resolver(() => type)
  class OrganizationLinksResolver {
    @FieldResolver(() => City, { nullable: true, description: "The city it is located in" })
    city(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linkedOne(ctx, o, "location");
    }

    @FieldResolver(() => [Person], { description: "People affiliated with it or holding office in it" })
    people(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "people");
    }

    @FieldResolver(() => [Person])
    academicians(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "academicians");
    }

    @FieldResolver(() => [Entity])
    founders(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "founders");
    }

    @FieldResolver(() => [Entity])
    founded(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "founded");
    }

    @FieldResolver(() => [Entity], { description: "What it is part of (a lab of a university, an institute of an academy)" })
    partOf(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "partOf");
    }

    @FieldResolver(() => [Entity])
    parts(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "parts");
    }

    @FieldResolver(() => [Entity], { description: "Members (of an alliance)" })
    members(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "members");
    }

    @FieldResolver(() => [Entity])
    memberOf(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "memberOf");
    }

    @FieldResolver(() => [Agreement])
    agreements(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "agreements");
    }

    @FieldResolver(() => [Entity], { description: "Who it cooperates or signs agreements with" })
    partners(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return ctx.loaders.partners.load(o.id);
    }

    @FieldResolver(() => [Event])
    hosted(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "hosted");
    }

    @FieldResolver(() => [Event])
    attended(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "attended");
    }

    @FieldResolver(() => [Industry])
    industries(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "industries");
    }

    @FieldResolver(() => [Entity], { description: "Who gave it a title, plaque or prize" })
    awardedBy(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return linked(ctx, o, "awards");
    }
  }
  return OrganizationLinksResolver;
}

export const ORGANIZATION_RESOLVERS = [University, ResearchInstitute, Academy, Platform, Enterprise, GovernmentBody, Organization].map(
  organizationResolver,
);
