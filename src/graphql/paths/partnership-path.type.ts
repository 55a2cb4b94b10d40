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

  @Field(() => Direction, {
    description: "OUT when the stored relationship points from `from` to `to`, IN when it points back",
  })
  direction!: Direction;

  @Field(() => ID)
  relationId!: string;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field({
    description:
      "The step as a sentence in the language asked for (default Simplified Chinese), read from the relationship's start: 扬州聚焦新能源 / Yangzhou focuses on New Energy; planned and aspirational facts are worded as such (将… / plans to …)",
  })
  sentence!: string;

  @Field({
    description:
      "The relationship type's name in the language asked for (default Simplified Chinese), read along the path: 位于 / located in, backwards 所辖 / location of",
  })
  label!: string;
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
