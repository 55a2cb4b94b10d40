import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { RelationType } from "../../domain/relation-type";
import { BadInputError, LimitExceededError } from "../../errors";
import type { Context } from "../context";
import type { EntityRecord } from "../../entity/entity-record";
import { EvidenceKind, Modality } from "../../domain/fact-meaning";
import { evidenceKindOf, modalityBySource, modalityOf } from "../../entity/fact-meaning-record";
import { Entity } from "./entity.type";
import { toAttributes, toEvidence, type SourceModality } from "./evidence.mapper";
import { Attribute, Evidence } from "./evidence.type";
import { Direction, Relation } from "./relation.type";
import { selectedRelations } from "./selection";

export const MAX_RELATIONS = 500;

/**
 * An entity reached through a relation comes without its evidence, attributes and sources lists
 * (cypher/entity/relations.cypher says why); they are read by id, batched, when a query asks for them.
 */
async function withLists(ctx: Context, e: EntityRecord): Promise<EntityRecord> {
  return e.evidence === null ? ((await ctx.loaders.entityById.load(e.id)) ?? e) : e;
}

/** Agreements and events are facts with a modality; other entities have none to show on their quotes. */
function factModality(e: EntityRecord): SourceModality | undefined {
  return e.kind === EntityKind.Agreement || e.kind === EntityKind.Event ? modalityBySource(e) : undefined;
}

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

  @FieldResolver(() => EvidenceKind)
  evidenceKind(@Root() e: EntityRecord): EvidenceKind {
    return evidenceKindOf(e);
  }

  @FieldResolver(() => [Evidence], { description: "The quotes that state this entity exists as described" })
  async evidence(@Root() e: EntityRecord, @Ctx() ctx: Context): Promise<Evidence[]> {
    const full = await withLists(ctx, e);
    return toEvidence(ctx, full.evidence ?? [], factModality(full));
  }

  @FieldResolver(() => [Attribute], { description: "Counts and amounts the sources give, each with its quote" })
  async attributes(@Root() e: EntityRecord, @Ctx() ctx: Context): Promise<Attribute[]> {
    const full = await withLists(ctx, e);
    return toAttributes(ctx, full.attributes ?? [], factModality(full));
  }

  @FieldResolver(() => [String], { description: "Ids of the sources that mention this entity" })
  async sourceIds(@Root() e: EntityRecord, @Ctx() ctx: Context): Promise<string[]> {
    return (await withLists(ctx, e)).sources ?? [];
  }

  @FieldResolver(() => [Relation], {
    description: "Relationships of this entity, filtered by type, direction and the other end's kind",
  })
  async relations(
    @Root() e: EntityRecord,
    @Ctx() ctx: Context,
    @Arg("types", () => [RelationType], { nullable: true }) types: RelationType[] | null,
    @Arg("direction", () => Direction, { defaultValue: Direction.BOTH }) direction: Direction,
    @Arg("kinds", () => [EntityKind], { nullable: true, description: "Kinds of the entity at the other end" })
    kinds: EntityKind[] | null,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("modalities", () => [Modality], {
      nullable: true,
      description:
        "Only relationships of these modalities (ACTUAL, PLANNED, ASPIRATION). Default: all, each showing its modality; analytics count ACTUAL only unless told otherwise",
    })
    modalities: Modality[] | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    if (first < 1) throw new BadInputError("first", "must be at least 1");
    if (first > MAX_RELATIONS) throw new LimitExceededError("first", MAX_RELATIONS, first);
    const rels = await ctx.loaders.relations.load({
      query: { types: types ?? [], direction, kinds: kinds ?? [] },
      ...selectedRelations(info),
      id: e.id,
    });
    const kept = modalities?.length ? rels.filter(r => modalities.includes(modalityOf(r.properties))) : rels;
    return kept.slice(0, Math.max(0, first));
  }
}
