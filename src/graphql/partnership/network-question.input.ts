import { IsOptional, Matches } from "class-validator";
import { Field, InputType } from "type-graphql";
import { Modality } from "../../domain/fact-meaning";
import { NetworkLevel, TieKind } from "../../domain/partnership";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

@InputType({ description: "Which partnership network a question runs on; every answer echoes it back" })
export class NetworkQuestionInput {
  @Field(() => NetworkLevel, { nullable: true, description: "Default ENTITY" })
  level?: NetworkLevel | null;

  @Field(() => [TieKind], { nullable: true, description: "Tie kinds to count (default: all but CO_ATTENDANCE)" })
  tieKinds?: TieKind[] | null;

  @Field(() => [Modality], {
    nullable: true,
    description: "Modalities of the facts to count (default: [ACTUAL]; add PLANNED for stated intentions)",
  })
  modalities?: Modality[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Window start (YYYY, YYYY-MM or YYYY-MM-DD): facts whose date's period ends on or after it",
  })
  @IsOptional()
  @Matches(DATE, { message: "from must be YYYY, YYYY-MM or YYYY-MM-DD" })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Window end: facts whose date's period starts on or before it. Undated facts fall outside every window",
  })
  @IsOptional()
  @Matches(DATE, { message: "to must be YYYY, YYYY-MM or YYYY-MM-DD" })
  to?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The network as it stood at this date (everything up to it); instead of from/to",
  })
  @IsOptional()
  @Matches(DATE, { message: "asOf must be YYYY, YYYY-MM or YYYY-MM-DD" })
  asOf?: string | null;

  @Field(() => [String], { nullable: true, description: "Only facts reported by these source ids" })
  sources?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Default true: ties weigh their weight (distance 1/weight); false: every tie weighs 1",
  })
  weighted?: boolean | null;
}
