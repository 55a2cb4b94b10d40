import { IsOptional, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { NetworkKind } from "../../domain/partnership";
import { RelationType } from "../../domain/relation-type";
import { PathMode } from "../../paths/path-mode";
import { DEFAULT_HOPS, DEFAULT_K, MAX_HOPS, MAX_K } from "../../paths/path.service";
import { NetworkQuestionInput } from "../partnership/network-question.input";

// Upper caps are checked in PathService so that they answer LIMIT_EXCEEDED, not BAD_USER_INPUT;
// an explicit null means the default, which the service applies.
@ArgsType()
export class PartnershipPathsArgs {
  @Field({ description: "An id, or a name in any script, pinyin or English" })
  from!: string;

  @Field({ description: "An id, or a name in any script, pinyin or English" })
  to!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_HOPS,
    description: `Longest path to consider, at most ${MAX_HOPS}`,
  })
  @IsOptional()
  @Min(1, { message: "maxHops must be at least 1" })
  maxHops?: number | null;

  @Field(() => PathMode, {
    nullable: true,
    defaultValue: PathMode.SHORTEST,
    description: "STRONGEST runs on the PARTNERSHIP network only (cost = Σ 1/weight)",
  })
  mode?: PathMode | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_K,
    description: `How many paths K_SHORTEST returns, at most ${MAX_K}`,
  })
  @IsOptional()
  @Min(1, { message: "k must be at least 1" })
  k?: number | null;

  @Field(() => NetworkKind, {
    nullable: true,
    defaultValue: NetworkKind.PARTNERSHIP,
    description:
      "PARTNERSHIP (default): steps are partnership ties, narrowed by `partnership`; FACTS: steps are stored relationships of any type, narrowed by `via` and `through`",
  })
  network?: NetworkKind | null;

  @Field(() => NetworkQuestionInput, {
    nullable: true,
    description:
      "PARTNERSHIP only: which partnership network (default: ENTITY level, ACTUAL facts, all tie kinds but CO_ATTENDANCE, all time, weighted)",
  })
  @IsOptional()
  @ValidateNested()
  partnership?: NetworkQuestionInput | null;

  @Field(() => [RelationType], {
    nullable: true,
    description: "FACTS only: relationship types the path may use (default: all)",
  })
  via?: RelationType[];

  @Field(() => [EntityKind], {
    nullable: true,
    description: "FACTS only: kinds the entities between the two ends may be (default: all)",
  })
  through?: EntityKind[];
}
