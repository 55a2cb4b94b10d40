import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { RelationType } from "../../domain/relation-type";

export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}
registerEnumType(Direction, { name: "Direction", description: "OUT: the entity is the start; IN: the end; BOTH: either" });

@ObjectType({ description: "A relationship as seen from one of its entities, with the evidence for it" })
export class Relation {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Direction, { description: "OUT when the entity asked about is the start (from), IN when it is the end" })
  direction!: Direction;

  @Field(() => String, { nullable: true, description: "The role the source gives (e.g. 市长), where it gives one" })
  role!: string | null;

  @Field(() => GraphQLJSONObject, { description: "Other properties of the relationship" })
  properties!: Record<string, unknown>;
}
