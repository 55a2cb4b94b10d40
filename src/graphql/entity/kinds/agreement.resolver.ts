import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRecord } from "../../../entity/entity-record";
import { Agreement, Entity, Event, Industry } from "../entity.type";
import { Link, linked, linkedOne } from "../link-field";

@Resolver(() => Agreement)
export class AgreementResolver {
  @Link("parties")
  @FieldResolver(() => [Entity], { description: "Cities, bodies and organisations party to the agreement" })
  parties(@Root() a: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, a, info);
  }

  @Link("signedAt")
  @FieldResolver(() => Event, { nullable: true, description: "The event the agreement was signed at" })
  event(@Root() a: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkedOne(ctx, a, info);
  }

  @Link("industries")
  @FieldResolver(() => [Industry])
  industries(@Root() a: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linked(ctx, a, info);
  }
}
