import { Type } from "class-transformer";
import {
  IsArray,
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, InputType } from "type-graphql";
import { EntityKind } from "../domain/entity-kind";
import { AttributeQualifier, DateBasis, DatePrecision, EvidenceKind, Modality } from "../domain/fact-meaning";
import { RelationType } from "../domain/relation-type";

export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
/** Partial ISO 8601: a year, a month, a day, or a day whose year the article does not state (--MM-DD). */
export const PARTIAL_DATE_PATTERN =
  /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;

@InputType({ description: "A quote from a source that states a fact" })
export class EvidenceInput {
  @Field({ description: "An exact substring of the source article's text" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  quote!: string;

  @Field({ nullable: true, description: "The source id; in a seed file it defaults to the file's source" })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "source must be an ascii kebab-case id" })
  source?: string;
}

@InputType({ description: "A count or amount an article gives, with its own evidence" })
export class AttributeInput {
  @Field()
  @IsString()
  @Matches(/^[a-z][A-Za-z0-9]*$/, { message: "key must be camelCase ascii" })
  key!: string;

  @Field(() => Float)
  @IsDefined()
  value!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  unit?: string;

  @Field(() => AttributeQualifier, {
    nullable: true,
    description: "How the figure relates to the number written (余 → OVER, 近 → NEARLY …); absent: exact",
  })
  @IsOptional()
  @IsEnum(AttributeQualifier, { message: `qualifier must be one of ${Object.values(AttributeQualifier).join(", ")}` })
  qualifier?: AttributeQualifier;

  @Field({ nullable: true, description: "The date the figure holds at, where the article gives one (partial ISO)" })
  @IsOptional()
  @Matches(PARTIAL_DATE_PATTERN, { message: "asOf must be a partial ISO date (2022, 2022-09, 2022-09-07, --09-07)" })
  asOf?: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  quote!: string;
}

/**
 * What a fact means beyond its ends (seeds/FORMAT.md, version 2): its date with the date's basis, its evidence
 * kind and its modality; checked together by resolveDate. Decorated although never used on its own: type-graphql
 * gives a GraphQL input type only the fields of decorated classes, so without it the writes would lack them.
 */
@InputType({ description: "The meaning fields every fact may carry: date, date basis, evidence kind, modality" })
class DatedInput {
  @Field({
    nullable: true,
    description: "The date as the article states it, partial ISO (2022, 2022-09, 2022-09-07, --09-07)",
  })
  @IsOptional()
  @Matches(PARTIAL_DATE_PATTERN, { message: "date must be a partial ISO date (2022, 2022-09, 2022-09-07, --09-07)" })
  date?: string;

  @Field({
    nullable: true,
    description: "The date with its year (YYYY, YYYY-MM or YYYY-MM-DD); derived from date and dateBasis when left out",
  })
  @IsOptional()
  @IsString()
  dateResolved?: string;

  @Field(() => DateBasis, {
    nullable: true,
    description: "How dateResolved was obtained; absent: STATED when the date has its year",
  })
  @IsOptional()
  @IsEnum(DateBasis, { message: `dateBasis must be one of ${Object.values(DateBasis).join(", ")}` })
  dateBasis?: DateBasis;

  @Field(() => DatePrecision, { nullable: true, description: "The precision of dateResolved; derived when left out" })
  @IsOptional()
  @IsEnum(DatePrecision, { message: `datePrecision must be one of ${Object.values(DatePrecision).join(", ")}` })
  datePrecision?: DatePrecision;

  @Field(() => EvidenceKind, {
    nullable: true,
    description: "How the quotes support the fact; absent: STATED. A BACKGROUND fact has no quote",
  })
  @IsOptional()
  @IsEnum(EvidenceKind, { message: `evidenceKind must be one of ${Object.values(EvidenceKind).join(", ")}` })
  evidenceKind?: EvidenceKind;

  @Field(() => Modality, { nullable: true, description: "Done, planned or a goal; absent: ACTUAL" })
  @IsOptional()
  @IsEnum(Modality, { message: `modality must be one of ${Object.values(Modality).join(", ")}` })
  modality?: Modality;
}

@InputType({ description: "An entity with its names and evidence" })
export class EntityInput extends DatedInput {
  @Field({ description: "Stable ascii id, kebab-case, starting with the kind's prefix (city-, univ-, ...)" })
  @Matches(ID_PATTERN, { message: "id must be lowercase ascii kebab-case with a kind prefix, e.g. city-xuzhou" })
  id!: string;

  @Field(() => EntityKind)
  @IsEnum(EntityKind, { message: `kind must be one of ${Object.values(EntityKind).join(", ")}` })
  kind!: EntityKind;

  @Field({ description: "Simplified Chinese name" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({
    nullable: true,
    description: "Traditional form as a Traditional article writes it; absent: derived by OpenCC",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameHant?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameEn?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  // Aliases become indexed search keys; Neo4j refuses index entries over a few kB.
  @MaxLength(200, { each: true })
  aliases?: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kind-specific properties (seeds/FORMAT.md)" })
  @IsOptional()
  @IsObject()
  properties?: Record<string, string>;

  @Field(() => [AttributeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AttributeInput)
  attributes?: AttributeInput[];

  @Field(() => [EvidenceInput], { description: "At least one quote, except for a BACKGROUND fact, which has none" })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence!: EvidenceInput[];
}

@InputType({ description: "A relationship between two entities, with evidence" })
export class RelationInput extends DatedInput {
  @Field(() => RelationType)
  @IsEnum(RelationType, { message: `type must be one of ${Object.values(RelationType).join(", ")}` })
  type!: RelationType;

  @Field({ description: "Id of the start entity" })
  @Matches(ID_PATTERN, { message: "from must be an entity id" })
  from!: string;

  @Field({ description: "Id of the end entity" })
  @Matches(ID_PATTERN, { message: "to must be an entity id" })
  to!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @IsOptional()
  @IsObject()
  properties?: Record<string, string>;

  @Field({
    nullable: true,
    description:
      "HOSTED, SPOKE_AT, ATTENDED, PARTY_TO, HOLDS_OFFICE_IN: the role, a value of HostRole, SpeakerRole, AttendeeRole, PartyRole or OfficeRole",
  })
  @IsOptional()
  @IsString()
  role?: string;

  @Field({ nullable: true, description: "The article's own word for the role (承办, 致辞, 市委书记 …)" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  roleText?: string;

  @Field(() => [AttributeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AttributeInput)
  attributes?: AttributeInput[];

  @Field(() => [EvidenceInput], { description: "At least one quote, except for a BACKGROUND fact, which has none" })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence!: EvidenceInput[];
}

@InputType({ description: "An article or document that facts are drawn from" })
export class SourceInput {
  @Field()
  @Matches(/^src-[a-z0-9]+(-[a-z0-9]+)*$/, { message: "id must look like src-<kebab-case>" })
  id!: string;

  @Field({
    nullable: true,
    description:
      "File name of the article text in the articles directory (seeds/sources); quotes are checked against it",
  })
  @IsOptional()
  @IsString()
  file?: string;

  @Field({
    nullable: true,
    description:
      "The article's text itself, for a source with no file in the articles directory; quotes are checked against it",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000_000)
  text?: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  publisher?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PARTIAL_DATE_PATTERN, {
    message: "publishedOn must be a partial ISO date (2022, 2022-09, 2022-09-07, --09-07)",
  })
  publishedOn?: string;

  @Field()
  @IsIn(["Hans", "Hant"], { message: "script must be Hans or Hant" })
  script!: "Hans" | "Hant";
}

export class SeedFileInput {
  @IsInt()
  @IsIn([1, 2], { message: "formatVersion must be 1 or 2" })
  formatVersion!: number;

  @ValidateNested()
  @Type(() => SourceInput)
  @IsDefined()
  source!: SourceInput;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EntityInput)
  entities!: EntityInput[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RelationInput)
  relations!: RelationInput[];
}
