import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "An explorer scene stored under a name; anyone who may read can open it" })
export class SavedScene {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Unique: saving under a taken name replaces that scene" })
  name!: string;

  @Field({ description: "The scene as the explorer's address fragment (scene=…): open /explore/#<state>" })
  state!: string;

  @Field(() => Int, { description: "How many entities the scene holds" })
  nodes!: number;

  @Field({ description: "When it was last saved (ISO 8601)" })
  savedAt!: string;
}
