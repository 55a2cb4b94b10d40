import { Field, ID, Int, ObjectType } from "type-graphql";
import { RelationType } from "../../domain/relation-type";
import { Entity } from "../entity/entity.type";
import { Evidence } from "../entity/evidence.type";
import { Direction } from "../entity/relation.type";

@ObjectType({ description: "One relationship of a path, oriented along the path" })
export class PathStep {
  @Field(() => Entity, { description: "The entity the step leaves (nodes[i])" })
  from!: Entity;

  @Field(() => Entity, { description: "The entity the step reaches (nodes[i + 1])" })
  to!: Entity;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Direction, { description: "OUT when the stored relationship points from `from` to `to`, IN when it points back" })
  direction!: Direction;

  @Field(() => ID)
  relationId!: string;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field({ description: "The step as a line to read, e.g. '徐州 —COOPERATES_WITH→ 上海' or '上海 ←HELD_IN— 恳谈会'" })
  sentence!: string;
}

@ObjectType({ description: "A chain of relationships connecting two entities, each step with its evidence" })
export class PartnershipPath {
  @Field(() => Int, { description: "Number of steps" })
  length!: number;

  @Field(() => [Entity], { description: "The entities along the path, from the first to the last" })
  nodes!: Entity[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}
