import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../entity-record";
import { Agreement, Entity, Event, Industry } from "../entity.type";
import { linked, linkedOne } from "../links";

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Entity], { description: "Cities, bodies and organisations party to the agreement" })
  parties(@Root() a: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, a, "parties");
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event the agreement was signed at" })
  event(@Root() a: EntityRecord, @Ctx() ctx: Context) {
    return linkedOne(ctx, a, "signedAt");
  }

  @FieldResolver(() => [Industry])
  industries(@Root() a: EntityRecord, @Ctx() ctx: Context) {
    return linked(ctx, a, "industries");
  }
}
