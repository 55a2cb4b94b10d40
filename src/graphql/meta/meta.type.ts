import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Versions of the service and of the database behind it" })
export class Meta {
  @Field({ description: "innograph's own version" })
  version!: string;

  @Field()
  neo4jVersion!: string;

  @Field()
  neo4jEdition!: string;

  @Field(() => String, { nullable: true, description: "Graph Data Science version; null when the server lacks GDS" })
  gdsVersion!: string | null;
}
