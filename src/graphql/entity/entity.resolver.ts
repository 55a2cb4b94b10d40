import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { RelationType } from "../../domain/relation-type";
import { LimitExceededError } from "../../errors";
import type { Context } from "../context";
import { parseAttributes, parseEvidence, type EntityRecord } from "./entity-record";
import { Entity } from "./entity.type";
import { toAttributes, toEvidence } from "./evidence.mapper";
import { Attribute, Evidence } from "./evidence.type";
import { Direction, Relation } from "./relation.type";

export const MAX_RELATIONS = 500;

/** Fields every kind shares; inherited by each kind's object type. */
@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => String, { nullable: true })
  nameHant(@Root() e: EntityRecord): string | null {
    return e.nameHant ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  nameEn(@Root() e: EntityRecord): string | null {
    return e.nameEn ?? null;
  }

  @FieldResolver(() => [String])
  aliases(@Root() e: EntityRecord): string[] {
    return e.aliases ?? [];
  }

  @FieldResolver(() => String)
  pinyin(@Root() e: EntityRecord): string {
    return e.pinyin ?? "";
  }

  @FieldResolver(() => [Evidence], { description: "The quotes that state this entity exists as described" })
  evidence(@Root() e: EntityRecord, @Ctx() ctx: Context): Promise<Evidence[]> {
    return toEvidence(ctx, parseEvidence(e.evidence));
  }

  @FieldResolver(() => [Attribute], { description: "Counts and amounts the sources give, each with its quote" })
  attributes(@Root() e: EntityRecord, @Ctx() ctx: Context): Promise<Attribute[]> {
    return toAttributes(ctx, parseAttributes(e.attributes));
  }

  @FieldResolver(() => [String], { description: "Ids of the sources that mention this entity" })
  sourceIds(@Root() e: EntityRecord): string[] {
    return e.sources ?? [];
  }

  @FieldResolver(() => [Relation], { description: "Relationships of this entity, filtered by type, direction and the other end's kind" })
  async relations(
    @Root() e: EntityRecord,
    @Ctx() ctx: Context,
    @Arg("types", () => [RelationType], { nullable: true }) types: RelationType[] | null,
    @Arg("direction", () => Direction, { defaultValue: Direction.BOTH }) direction: Direction,
    @Arg("kinds", () => [EntityKind], { nullable: true, description: "Kinds of the entity at the other end" }) kinds: EntityKind[] | null,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
  ): Promise<unknown[]> {
    if (first > MAX_RELATIONS) throw new LimitExceededError("first", MAX_RELATIONS, first);
    const rels = await ctx.loaders.relations({ types: types ?? [], direction, kinds: kinds ?? [] }).load(e.id);
    return rels.slice(0, Math.max(0, first));
  }
}
