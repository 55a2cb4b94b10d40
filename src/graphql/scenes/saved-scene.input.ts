import { IsInt, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";

/** A 5,000-node scene is some tens of kB as a fragment; this leaves room and refuses anything larger. */
const MAX_STATE = 500_000;

@InputType({ description: "A scene to save under a name" })
export class SavedSceneInput {
  @Field({ description: "1–100 characters, not only spaces" })
  @MaxLength(100, { message: "name must be at most 100 characters" })
  @Matches(/\S/, { message: "name must not be empty" })
  name!: string;

  @Field({ description: "The explorer's address fragment, scene=<deflated base64url>" })
  @MaxLength(MAX_STATE, { message: `state must be at most ${MAX_STATE} characters` })
  @Matches(/^scene=[A-Za-z0-9_-]+$/, { message: "state must be an explorer scene fragment (scene=…)" })
  state!: string;

  @Field(() => Int, { description: "How many entities the scene holds" })
  @IsInt()
  @Min(0, { message: "nodes must not be negative" })
  @Max(100_000, { message: "nodes must be at most 100000" })
  nodes!: number;
}
