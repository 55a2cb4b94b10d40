import { AttributeQualifier, Modality } from "../../domain/fact-meaning";
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

  @Field(() => Modality, {
    nullable: true,
    description:
      "The modality this quote's source gives the fact (a relation, agreement or event), which may differ from the fact's own: the fact takes the most actual its sources give (ACTUAL > PLANNED > ASPIRATION). Null for an entity that is not such a fact, and on a partnership tie's strands (each strand has its own modality)",
  })
  modality!: Modality | null;
}

@ObjectType({ description: "A count or amount an article gives" })
export class Attribute {
  @Field()
  key!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => AttributeQualifier, {
    nullable: true,
    description:
      "OVER (余, 超), NEARLY (近), ABOUT (约) or ORDER_OF (上百): how the figure relates to the number written; null: exact",
  })
  qualifier!: AttributeQualifier | null;

  @Field(() => String, { nullable: true, description: "The date the figure holds at, where the source gives one" })
  asOf!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}
