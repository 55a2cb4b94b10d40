import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../domain/fact-meaning";
import { RelationType } from "../../domain/relation-type";
import { Entity } from "../entity/entity.type";
import { Evidence } from "../entity/evidence.type";
import { Direction } from "../entity/relation.type";
import { NetworkEcho } from "../network/network-echo.type";
import { PartnershipTie } from "../partnership/partnership.type";

@ObjectType({
  description:
    "One step of a path, oriented along the path: a partnership tie (PARTNERSHIP) or one stored relationship (FACTS)",
})
export class PathStep {
  @Field(() => Entity, { description: "The entity the step leaves (nodes[i])" })
  from!: Entity;

  @Field(() => Entity, { description: "The entity the step reaches (nodes[i + 1])" })
  to!: Entity;

  @Field(() => PartnershipTie, {
    nullable: true,
    description:
      "PARTNERSHIP: the tie with its kinds, weight, modality, first and last dates, and strands (parallel facts are strands of this one step); null on FACTS",
  })
  tie!: PartnershipTie | null;

  @Field(() => Modality, { description: "The fact's modality (FACTS) or the tie's (PARTNERSHIP)" })
  modality!: Modality;

  @Field(() => RelationType, { nullable: true, description: "FACTS: the relationship type; null on PARTNERSHIP" })
  type!: RelationType | null;

  @Field(() => Direction, {
    nullable: true,
    description: "FACTS: OUT when the stored relationship points from `from` to `to`, IN when it points back",
  })
  direction!: Direction | null;

  @Field(() => ID, { nullable: true, description: "FACTS: the relationship's id; null on PARTNERSHIP" })
  relationId!: string | null;

  @Field(() => [Evidence], { description: "The quotes behind the step (on PARTNERSHIP, those of every strand)" })
  evidence!: Evidence[];

  @Field(() => EvidenceKind, {
    nullable: true,
    description:
      "FACTS: how the sources support the relationship: STATED by a quote, IMPLIED by name or context, or BACKGROUND (no quote). Null on PARTNERSHIP",
  })
  evidenceKind!: EvidenceKind | null;

  @Field(() => String, {
    nullable: true,
    description: "FACTS: the relationship's date as the source states it (partial ISO; --MM-DD when no year is stated)",
  })
  date!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "FACTS: the date with its year, as dateBasis says. On PARTNERSHIP see tie.first and tie.last",
  })
  dateResolved!: string | null;

  @Field(() => DateBasis, { nullable: true, description: "FACTS: how dateResolved is known" })
  dateBasis!: DateBasis | null;

  @Field(() => DatePrecision, { nullable: true, description: "FACTS: the precision of dateResolved" })
  datePrecision!: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description:
      "FACTS: the step as a sentence in the language asked for (default Simplified Chinese), read from the relationship's start: 扬州聚焦新能源 / Yangzhou focuses on New Energy; planned and aspirational facts are worded as such (将… / plans to …). Null on PARTNERSHIP (see tie)",
  })
  sentence!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "FACTS: the relationship type's name in the language asked for (default Simplified Chinese), read along the path: 位于 / located in, backwards 所辖 / location of. Null on PARTNERSHIP",
  })
  label!: string | null;
}

@ObjectType({ description: "A chain of steps connecting two entities, each step with its evidence" })
export class PartnershipPath {
  @Field(() => Int, { description: "Number of steps" })
  length!: number;

  @Field(() => Float, {
    description: "Hops; for STRONGEST the sum of 1/weight over its ties (a strong tie is a short step)",
  })
  cost!: number;

  @Field(() => [Entity], { description: "The entities along the path, from the first to the last" })
  nodes!: Entity[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}

@ObjectType({ description: "Paths between two entities, with the network they were found on" })
export class PathAnswer {
  @Field(() => NetworkEcho)
  network!: NetworkEcho;

  @Field(() => [PartnershipPath])
  paths!: PartnershipPath[];

  @Field({ description: "ALL_SHORTEST only: true when more than 50 shortest paths exist and only 50 are listed" })
  truncated!: boolean;
}
