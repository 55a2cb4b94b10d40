import { Field, Float, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "An article or document that facts are drawn from" })
export class Source {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: "The page's own date, as precise as the page gives it" })
  publishedOn!: string | null;

  @Field({ description: "Hans (Simplified) or Hant (Traditional): the script the quotes are in" })
  script!: string;

  @Field(() => String, { nullable: true, description: "The article file the quotes can be checked against" })
  file!: string | null;
}

@ObjectType({ description: "The sentence of a source that states a fact" })
export class Evidence {
  @Field(() => Source)
  source!: Source;

  @Field({ description: "An exact substring of the source's text" })
  quote!: string;
}

@ObjectType({ description: "A count or amount an article gives" })
export class Attribute {
  @Field()
  key!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}
