import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../../../entity/entity-record";
import { Academy, Entity, Event, Person } from "../entity.type";
import { Link, linked } from "../link-field";

@Resolver(() => Person)
export class PersonResolver {
  @Link("academies")
  @FieldResolver(() => [Academy], { description: "Academies the person is an academician of" })
  academies(@Root() p: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, p, info);
  }

  @Link("affiliations")
  @FieldResolver(() => [Entity], { description: "Universities, institutes and companies the person works at" })
  affiliations(@Root() p: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, p, info);
  }

  @Link("offices")
  @FieldResolver(() => [Entity], { description: "Bodies the person holds office in (the role is on relations(types: [HOLDS_OFFICE_IN]))" })
  offices(@Root() p: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, p, info);
  }

  @Link("spokeAt")
  @FieldResolver(() => [Event])
  spokeAt(@Root() p: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, p, info);
  }

  @Link("attended")
  @FieldResolver(() => [Event])
  attended(@Root() p: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, p, info);
  }

  @Link("founded")
  @FieldResolver(() => [Entity], { description: "What the person founded" })
  founded(@Root() p: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, p, info);
  }
}
