import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../entity-record";
import { Academy, Entity, Event, Person } from "../entity.type";
import { linked } from "../links";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Academy], { description: "Academies the person is an academician of" })
  academies(@Root() p: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, p, "academies");
  }

  @FieldResolver(() => [Entity], { description: "Universities, institutes and companies the person works at" })
  affiliations(@Root() p: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, p, "affiliations");
  }

  @FieldResolver(() => [Entity], { description: "Bodies the person holds office in (the role is on relations(types: [HOLDS_OFFICE_IN]))" })
  offices(@Root() p: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, p, "offices");
  }

  @FieldResolver(() => [Event])
  spokeAt(@Root() p: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, p, "spokeAt");
  }

  @FieldResolver(() => [Event])
  attended(@Root() p: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, p, "attended");
  }

  @FieldResolver(() => [Entity], { description: "What the person founded" })
  founded(@Root() p: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, p, "founded");
  }
}
