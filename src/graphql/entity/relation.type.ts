import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../domain/fact-meaning";
import { RelationType } from "../../domain/relation-type";

export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}
registerEnumType(Direction, {
  name: "Direction",
  description: "OUT: the entity is the start; IN: the end; BOTH: either",
});

@ObjectType({ description: "A relationship as seen from one of its entities, with the evidence for it" })
export class Relation {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Direction, { description: "OUT when the entity asked about is the start (from), IN when it is the end" })
  direction!: Direction;

  @Field(() => String, {
    nullable: true,
    description:
      "HOSTED, SPOKE_AT, ATTENDED, PARTY_TO, HOLDS_OFFICE_IN: the role, a value of HostRole, SpeakerRole, AttendeeRole, PartyRole or OfficeRole by type",
  })
  role!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The source's own word for the role (承办, 视频致辞, 市委书记 …), where it gives one",
  })
  roleText!: string | null;

  @Field(() => Modality, {
    description: "ACTUAL (done or in force), PLANNED (a stated next step: 将…) or ASPIRATION (a goal: 力争…)",
  })
  modality!: Modality;

  @Field(() => EvidenceKind, {
    description: "STATED by the quote, IMPLIED by name or context, or BACKGROUND knowledge (no quote)",
  })
  evidenceKind!: EvidenceKind;

  @Field(() => String, {
    nullable: true,
    description: "The date as the source states it (partial ISO; --MM-DD when no year is stated)",
  })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "The date with its year, as dateBasis says" })
  dateResolved!: string | null;

  @Field(() => DateBasis, { nullable: true })
  dateBasis!: DateBasis | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision!: DatePrecision | null;

  @Field(() => GraphQLJSONObject, { description: "Other properties of the relationship" })
  properties!: Record<string, unknown>;
}
