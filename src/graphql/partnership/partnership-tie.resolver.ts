import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityRecord } from "../../entity/entity-record";
import { strandEvidence, type Strand, type Tie } from "../../partnership/tie-record";
import type { Context } from "../context";
import { toEvidence } from "../entity/evidence.mapper";
import { Entity } from "../entity/entity.type";
import { PartnershipTie, TieStrand } from "./partnership.type";

@Resolver(() => PartnershipTie)
export class PartnershipTieResolver {
  @FieldResolver(() => Entity)
  a(@Root() t: Tie, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return ctx.loaders.entityById.load(t.a);
  }

  @FieldResolver(() => Entity)
  b(@Root() t: Tie, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return ctx.loaders.entityById.load(t.b);
  }
}

@Resolver(() => TieStrand)
export class TieStrandResolver {
  @FieldResolver()
  date(@Root() s: Strand) {
    return { date: s.date, basis: s.basis, precision: s.precision };
  }

  @FieldResolver()
  evidence(@Root() s: Strand, @Ctx() ctx: Context) {
    return toEvidence(ctx, strandEvidence([s]));
  }
}
