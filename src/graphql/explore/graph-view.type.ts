import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../domain/fact-meaning";
import { RelationType } from "../../domain/relation-type";
import { Evidence } from "../entity/evidence.type";

@ObjectType({ description: "An entity as a node of a drawn graph" })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field({ description: "The Simplified Chinese name" })
  caption!: string;

  @Field({ description: "The Traditional Chinese name (the same as caption where the scripts agree)" })
  captionHant!: string;

  @Field({
    description: "The English name; a person without one romanised surname first (Li Keqiang); else the Chinese name",
  })
  captionEn!: string;

  @Field(() => Int, {
    description: "Relationships of the view's modalities the entity has in the whole graph, not only in this view",
  })
  degree!: number;

  @Field(() => GraphQLJSONObject, { description: "The entity's stored properties, without search keys and evidence" })
  properties!: Record<string, unknown>;

  @Field(() => String, {
    nullable: true,
    description:
      "The earliest publishedOn of the sources that mention it: the date by which it is known to exist (a time slider's fallback for a date without a year)",
  })
  reportedOn?: string | null;
}

@ObjectType({ description: "A relationship as an edge of a drawn graph, pointing from source to target" })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID, { description: "Id of the start node" })
  source!: string;

  @Field(() => ID, { description: "Id of the end node" })
  target!: string;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field(() => Modality, { description: "Whether the relationship happened, is planned or only hoped for" })
  modality!: Modality;

  @Field(() => EvidenceKind, {
    description: "How the sources support it: STATED by a quote, IMPLIED by name or context, or BACKGROUND (no quote)",
  })
  evidenceKind!: EvidenceKind;

  @Field(() => String, {
    nullable: true,
    description: "The relationship's date as the source states it (partial ISO; --MM-DD when no year is stated)",
  })
  date?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The date with its year (YYYY, YYYY-MM or YYYY-MM-DD), as dateBasis says",
  })
  dateResolved?: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description: "How dateResolved is known: STATED, FROM_PAGE_DATE, FROM_CONTEXT or PUBLISHED",
  })
  dateBasis?: DateBasis | null;

  @Field(() => DatePrecision, { nullable: true, description: "The precision of dateResolved" })
  datePrecision?: DatePrecision | null;
}

@ObjectType({ description: "Nodes and the edges among them, ready for a graph explorer" })
export class GraphView {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: "Only edges whose both ends are in nodes" })
  edges!: GraphEdge[];

  @Field({ description: "True when the limit left entities out" })
  truncated!: boolean;

  @Field(() => [Modality], {
    description: "The modalities of the relationships, agreements and events the view followed and shows",
  })
  modalities!: Modality[];
}
