import { ArrayMaxSize, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PARTIAL_DATE_PATTERN } from "../../seed/seed.input";

@ArgsType()
export class ExtractArgs {
  @Field({ description: "The page, as text or HTML" })
  @IsString()
  @IsNotEmpty({ message: "text: the page is empty" })
  text!: string;

  @Field({ nullable: true, description: "Where the page was scraped from" })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @Field({ nullable: true, description: "The page's publication date (partial ISO); resolves dates without a year" })
  @IsOptional()
  @Matches(PARTIAL_DATE_PATTERN, { message: "publishedOn must be a partial ISO date (2022, 2022-09, 2022-09-07)" })
  publishedOn?: string;

  @Field(() => [String], {
    nullable: true,
    description: "Keys of candidates a curator rejected before: they are not proposed again",
  })
  @IsOptional()
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  rejected?: string[];
}
