import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from "type-graphql";
import { EntityInput, EvidenceInput, RelationInput, SourceInput } from "../../seed/seed.input";
import { entityProblems, relationProblems } from "../../seed/input-problems";
import type { Context } from "../context";
import type { EntityRecord, RelationRecord, SourceRecord } from "../../entity/entity-record";
import { Agreement, Entity } from "../entity/entity.type";
import { Source } from "../entity/evidence.type";
import { Relation } from "../entity/relation.type";
import { requireEditor } from "./editor-guard";
import { validateInput } from "./validate-input";

const SOURCE_ID = "The source the facts and quotes come from (quotes may name another with evidence.source)";

@Resolver()
@UseMiddleware(requireEditor)
export class WriteResolver {
  @Mutation(() => Source, {
    description:
      "Adds or updates a source. Needs an editor key. A new publishedOn moves the dates the old one placed (FROM_PAGE_DATE, PUBLISHED) and the partnership ties of what the source reports; a date that cannot place them is refused (BAD_USER_INPUT, source.publishedOn)",
  })
  addSource(
    @Arg("source", () => SourceInput, { validateFn: validateInput("source") }) source: SourceInput,
    @Ctx() ctx: Context,
  ): Promise<SourceRecord> {
    return ctx.services.writes.addSource(source);
  }

  @Mutation(() => Entity, {
    description: "Adds an entity or merges names, evidence and properties into it. Needs an editor key.",
  })
  upsertEntity(
    @Arg("sourceId", () => ID, { description: SOURCE_ID }) sourceId: string,
    @Arg("entity", () => EntityInput, { validateFn: validateInput("entity", entityProblems) }) entity: EntityInput,
    @Ctx() ctx: Context,
  ): Promise<EntityRecord> {
    return ctx.services.writes.upsertEntity(sourceId, entity);
  }

  @Mutation(() => Relation, {
    description:
      "Adds a relationship between two existing entities, or merges evidence into it; seen from its start. Needs an editor key.",
  })
  upsertRelation(
    @Arg("sourceId", () => ID, { description: SOURCE_ID }) sourceId: string,
    @Arg("relation", () => RelationInput, { validateFn: validateInput("relation", relationProblems) })
    relation: RelationInput,
    @Ctx() ctx: Context,
  ): Promise<RelationRecord> {
    return ctx.services.writes.upsertRelation(sourceId, relation);
  }

  @Mutation(() => Agreement, {
    description:
      "Adds an agreement with PARTY_TO from each party and SIGNED_AT to the event, in one transaction. Needs an editor key.",
  })
  upsertAgreement(
    @Arg("sourceId", () => ID, { description: SOURCE_ID }) sourceId: string,
    @Arg("agreement", () => EntityInput, { validateFn: validateInput("agreement", entityProblems) })
    agreement: EntityInput,
    @Arg("parties", () => [ID], { description: "Ids of the existing entities party to it" }) parties: string[],
    @Arg("eventId", () => ID, { nullable: true, description: "The existing event it was signed at" })
    eventId: string | undefined,
    @Arg("evidence", () => [EvidenceInput], {
      validateFn: validateInput("evidence"),
      description: "Quotes for the PARTY_TO and SIGNED_AT links",
    })
    evidence: EvidenceInput[],
    @Ctx() ctx: Context,
  ): Promise<EntityRecord> {
    return ctx.services.writes.upsertAgreement(sourceId, agreement, parties, eventId ?? undefined, evidence);
  }
}
