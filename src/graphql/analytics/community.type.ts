import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A group of entities more densely linked among themselves than to the rest of the scope" })
export class Community {
  @Field(() => Int, { description: "Position in the answer: 1 = the biggest community; not stable across scopes" })
  id!: number;

  @Field(() => Int, { description: "Number of members" })
  size!: number;

  memberIds!: string[];
}
