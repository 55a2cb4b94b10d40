import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../../../entity/entity-record";
import {
  Academy, Agreement, City, Enterprise, Entity, Event, GovernmentBody, Industry, Organization, Person, Platform,
  ResearchInstitute, University,
} from "../entity.type";
import { Link, linked, linkedOne } from "../link-field";

/** Universities, institutes, academies, platforms, companies and bodies share one set of typed links. */
function organizationResolver(type: ClassType) {
  @Resolver(() => type)
  class OrganizationLinksResolver {
    @Link("location")
    @FieldResolver(() => City, { nullable: true, description: "The city it is located in" })
    city(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linkedOne(ctx, o, info);
    }

    @Link("people")
    @FieldResolver(() => [Person], { description: "People affiliated with it or holding office in it" })
    people(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("academicians")
    @FieldResolver(() => [Person])
    academicians(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("founders")
    @FieldResolver(() => [Entity])
    founders(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("founded")
    @FieldResolver(() => [Entity])
    founded(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("partOf")
    @FieldResolver(() => [Entity], { description: "What it is part of (a lab of a university, an institute of an academy)" })
    partOf(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("parts")
    @FieldResolver(() => [Entity])
    parts(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("members")
    @FieldResolver(() => [Entity], { description: "Members (of an alliance)" })
    members(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("memberOf")
    @FieldResolver(() => [Entity])
    memberOf(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("agreements")
    @FieldResolver(() => [Agreement])
    agreements(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @FieldResolver(() => [Entity], { description: "Who it cooperates or signs agreements with" })
    partners(@Root() o: EntityRecord, @Ctx() ctx: Context) {
      return ctx.loaders.partners.load(o.id);
    }

    @Link("hosted")
    @FieldResolver(() => [Event])
    hosted(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("attended")
    @FieldResolver(() => [Event])
    attended(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("industries")
    @FieldResolver(() => [Industry])
    industries(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }

    @Link("awards")
    @FieldResolver(() => [Entity], { description: "Who gave it a title, plaque or prize" })
    awardedBy(@Root() o: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return linked(ctx, o, info);
    }
  }
  return OrganizationLinksResolver;
}

export const ORGANIZATION_RESOLVERS = [University, ResearchInstitute, Academy, Platform, Enterprise, GovernmentBody, Organization].map(
  organizationResolver,
);
