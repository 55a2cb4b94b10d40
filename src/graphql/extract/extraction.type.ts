import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { RelationType } from "../../domain/relation-type";

@ObjectType({ description: "Where a candidate's quote sits in the page, how sure the rule is, and which rule it was" })
abstract class CandidateEvidence {
  @Field({
    description: "The key a curator's verdict is kept by; pass rejected keys back to extractFacts to leave them out",
  })
  candidateKey!: string;

  @Field({ description: "Byte-exact substring of the page text (FactExtraction.text)" })
  quote!: string;

  @Field(() => Int, { description: "Offset of the quote in FactExtraction.text (UTF-16 code units)" })
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => Float, { description: "0..1" })
  confidence!: number;

  @Field({ description: "The rule that proposed it, e.g. title-before-name or trigger:签约" })
  rule!: string;
}

@ObjectType({ description: "A dated candidate: the stated partial date, the resolved one and how it was resolved" })
abstract class DatedCandidate extends CandidateEvidence {
  @Field({ nullable: true })
  date?: string;

  @Field({ nullable: true })
  dateResolved?: string;

  @Field({ nullable: true, description: "STATED, FROM_PAGE_DATE, FROM_CONTEXT or PUBLISHED" })
  dateBasis?: string;

  @Field({ nullable: true, description: "YEAR, MONTH or DAY" })
  datePrecision?: string;
}

@ObjectType({ description: "An entity the page names, as the seed format would record it" })
export class ExtractedEntity extends DatedCandidate {
  @Field(() => ID, { description: "The existing id on a merge, else <kind-prefix>-<pinyin>" })
  id!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field({ description: "Simplified Chinese" })
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => ID, {
    nullable: true,
    description: "The entity already in the graph this one is proposed to merge with",
  })
  mergeWith?: string;

  @Field(() => Int, { description: "Where the page first names it, in FactExtraction.text" })
  nameStart!: number;

  @Field(() => Int)
  nameEnd!: number;

  @Field({ nullable: true, description: "ACTUAL, PLANNED or ASPIRATION (agreements)" })
  modality?: string;

  @Field({ nullable: true, description: "IMPLIED when only the context names it (市政府 of the page's city)" })
  evidenceKind?: string;
}

@ObjectType({ description: "A relation a sentence states between two extracted entities" })
export class ExtractedRelation extends DatedCandidate {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field({ description: "ACTUAL, PLANNED or ASPIRATION" })
  modality!: string;

  @Field({ description: "STATED or IMPLIED" })
  evidenceKind!: string;

  @Field({ nullable: true, description: "The role enum value (HOST, ORGANISER, ADDRESS, PARTY_SECRETARY …)" })
  role?: string;

  @Field({ nullable: true, description: "The page's own word for the role (承办, 致辞, 市委书记 …)" })
  roleText?: string;
}

@ObjectType({ description: "A count or amount with its unit, for an extracted entity" })
export class ExtractedFigure extends CandidateEvidence {
  @Field(() => ID)
  owner!: string;

  @Field({ description: "A camelCase ascii key proposed from the counted noun" })
  key!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  unit!: string;

  @Field({ nullable: true, description: "OVER, NEARLY, ABOUT or ORDER_OF" })
  qualifier?: string;

  @Field({ description: "The figure as written, e.g. 10多家" })
  text!: string;
}

@ObjectType({ description: "Candidate facts drafted from a page; nothing is written until a curator commits them" })
export class FactExtraction {
  @Field({ description: "The source id the seed format would give the page" })
  sourceId!: string;

  @Field({ description: "The text every quote and offset refers to (the page, or the readable text of an HTML page)" })
  text!: string;

  @Field({ description: "Hans or Hant" })
  script!: string;

  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  publishedOn?: string;

  @Field(() => Int, { description: "Where the article body starts in text" })
  bodyStart!: number;

  @Field(() => Int)
  bodyEnd!: number;

  @Field(() => [ExtractedEntity])
  entities!: ExtractedEntity[];

  @Field(() => [ExtractedRelation])
  relations!: ExtractedRelation[];

  @Field(() => [ExtractedFigure])
  numbers!: ExtractedFigure[];
}
