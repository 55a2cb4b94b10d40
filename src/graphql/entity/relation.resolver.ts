import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Lang, relationName, roleName, ROLE_NAMES } from "../../domain/relation-labels";
import { NotFoundError } from "../../errors";
import type { Context } from "../context";
import type { EntityRecord, RelationRecord } from "../../entity/entity-record";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../domain/fact-meaning";
import { evidenceKindOf, modalityBySource, modalityOf } from "../../entity/fact-meaning-record";
import { Entity } from "./entity.type";
import { toAttributes, toEvidence } from "./evidence.mapper";
import { Attribute, Evidence } from "./evidence.type";
import { Direction, Relation } from "./relation.type";

async function self(ctx: Context, r: RelationRecord): Promise<EntityRecord> {
  const e = await ctx.loaders.entityById.load(r.selfId);
  if (!e) throw new NotFoundError("Entity", r.selfId);
  return e;
}

const text = (r: RelationRecord, key: string): string | null => {
  const value = r.properties[key];
  return typeof value === "string" ? value : null;
};

const bySource = (r: RelationRecord) =>
  modalityBySource({ ...r.properties, sources: r.sources, sourceModalities: r.sourceModalities });

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Direction)
  direction(@Root() r: RelationRecord): Direction {
    return r.outgoing ? Direction.OUT : Direction.IN;
  }

  @FieldResolver(() => String, { nullable: true })
  role(@Root() r: RelationRecord): string | null {
    return text(r, "role");
  }

  @FieldResolver(() => String, { nullable: true })
  roleText(@Root() r: RelationRecord): string | null {
    return text(r, "roleText");
  }

  @FieldResolver(() => Modality, {
    description:
      "The most actual modality its sources give it (ACTUAL > PLANNED > ASPIRATION: done is done even if another source says it will deepen); each evidence shows its own source's",
  })
  modality(@Root() r: RelationRecord): Modality {
    return modalityOf(r.properties);
  }

  @FieldResolver(() => EvidenceKind)
  evidenceKind(@Root() r: RelationRecord): EvidenceKind {
    return evidenceKindOf(r.properties);
  }

  @FieldResolver(() => String, { nullable: true })
  date(@Root() r: RelationRecord): string | null {
    return text(r, "date");
  }

  @FieldResolver(() => String, { nullable: true })
  dateResolved(@Root() r: RelationRecord): string | null {
    return text(r, "dateResolved");
  }

  @FieldResolver(() => DateBasis, { nullable: true })
  dateBasis(@Root() r: RelationRecord): DateBasis | null {
    return text(r, "dateBasis") as DateBasis | null;
  }

  @FieldResolver(() => DatePrecision, { nullable: true })
  datePrecision(@Root() r: RelationRecord): DatePrecision | null {
    return text(r, "datePrecision") as DatePrecision | null;
  }

  @FieldResolver(() => String, {
    description:
      "The relationship type's name in the language asked for, read from the entity asked about (OUT: 位于 / located in; IN: 所辖 / location of)",
  })
  label(@Root() r: RelationRecord, @Arg("lang", () => Lang, { defaultValue: Lang.ZH_HANS }) lang: Lang): string {
    return relationName(r.type, lang, r.outgoing ? "forward" : "backward");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The role's name in the language asked for, where the role is one of the known roles (the article's own word is in roleText)",
  })
  roleLabel(
    @Root() r: RelationRecord,
    @Arg("lang", () => Lang, { defaultValue: Lang.ZH_HANS }) lang: Lang,
  ): string | null {
    const role = r.properties.role;
    return typeof role === "string" && role in ROLE_NAMES ? roleName(role, lang) : null;
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
    return toEvidence(ctx, r.evidence, bySource(r));
  }

  @FieldResolver(() => [Attribute])
  attributes(@Root() r: RelationRecord, @Ctx() ctx: Context): Promise<Attribute[]> {
    return toAttributes(ctx, r.attributes, bySource(r));
  }
}
