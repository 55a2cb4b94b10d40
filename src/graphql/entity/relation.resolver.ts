import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NotFoundError } from "../../errors";
import type { Context } from "../context";
import { parseAttributes, parseEvidence, type EntityRecord, type RelationRecord } from "../../entity/entity-record";
import { Entity } from "./entity.type";
import { toAttributes, toEvidence } from "./evidence.mapper";
import { Attribute, Evidence } from "./evidence.type";
import { Direction, Relation } from "./relation.type";

async function self(ctx: Context, r: RelationRecord): Promise<EntityRecord> {
  const e = await ctx.loaders.entityById.load(r.selfId);
  if (!e) throw new NotFoundError("Entity", r.selfId);
  return e;
}

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Direction)
  direction(@Root() r: RelationRecord): Direction {
    return r.outgoing ? Direction.OUT : Direction.IN;
  }

  @FieldResolver(() => String, { nullable: true })
  role(@Root() r: RelationRecord): string | null {
    const role = r.properties.role;
    return typeof role === "string" ? role : null;
  }

  @FieldResolver(() => Entity, { description: "The start of the relationship" })
  async from(@Root() r: RelationRecord, @Ctx() ctx: Context): Promise<EntityRecord> {
    return r.outgoing ? self(ctx, r) : r.other;
  }

  @FieldResolver(() => Entity, { description: "The end of the relationship" })
  async to(@Root() r: RelationRecord, @Ctx() ctx: Context): Promise<EntityRecord> {
    return r.outgoing ? r.other : self(ctx, r);
  }

  @FieldResolver(() => Entity, { description: "The entity at the other end from the one asked about" })
  other(@Root() r: RelationRecord): EntityRecord {
    return r.other;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() r: RelationRecord, @Ctx() ctx: Context): Promise<Evidence[]> {
    return toEvidence(ctx, parseEvidence(r.evidence));
  }

  @FieldResolver(() => [Attribute])
  attributes(@Root() r: RelationRecord, @Ctx() ctx: Context): Promise<Attribute[]> {
    return toAttributes(ctx, parseAttributes(r.attributes));
  }
}
