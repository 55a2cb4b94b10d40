import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "An entity's score under a centrality algorithm" })
export class CentralityScore {
  // Resolved to `entity` through the request's DataLoader.
  entityId!: string;

  @Field(() => Float, { description: "The algorithm's score (see CentralityAlgorithm for its scale)" })
  score!: number;

  @Field(() => Int, { description: "1 = highest score; equal scores share a rank" })
  rank!: number;
}
