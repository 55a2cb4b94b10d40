import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../domain/fact-meaning";
import type { EntityRecord } from "../../entity/entity-record";

@InterfaceType({
  description: "Anything in the innovation network: a city, a university, a person, an agreement, ...",
  resolveType: (value: EntityRecord) => value.kind,
})
export abstract class Entity {
  @Field(() => ID)
  id!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field({ description: "Simplified Chinese name" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Traditional Chinese form, where it differs" })
  nameHant!: string | null;

  @Field(() => String, { nullable: true, description: "Standard English name, where one exists" })
  nameEn!: string | null;

  @Field(() => [String], { description: "Other names the sources use" })
  aliases!: string[];

  @Field({ description: "Toneless pinyin of the name, e.g. 'xu zhou'" })
  pinyin!: string;

  @Field(() => EvidenceKind, {
    description: "How the sources support this entity: STATED, IMPLIED, or BACKGROUND (no quote states it)",
  })
  evidenceKind!: EvidenceKind;
}

const kindType = (kind: EntityKind, description: string) => ObjectType(kind, { implements: Entity, description });

@kindType(EntityKind.City, "A city, or a district inside a city")
export class City extends Entity {
  @Field(() => String, { nullable: true, description: "municipality, prefecture, county or district" })
  adminLevel!: string | null;
}

@kindType(EntityKind.Province, "A province")
export class Province extends Entity {}

@kindType(EntityKind.Corridor, "A regional cooperation zone: the G60 corridor, the Huaihai Economic Zone")
export class Corridor extends Entity {}

@kindType(EntityKind.University, "A university or college")
export class University extends Entity {}

@kindType(EntityKind.ResearchInstitute, "A research institute")
export class ResearchInstitute extends Entity {}

@kindType(EntityKind.Academy, "An academy whose members are academicians")
export class Academy extends Entity {}

@kindType(EntityKind.Person, "An academician, official or other person the sources name")
export class Person extends Entity {
  @Field(() => String, {
    nullable: true,
    description: "The article's word where it calls the person an academician without naming an academy (院士)",
  })
  academician!: string | null;
}

@kindType(
  EntityKind.Platform,
  "An innovation centre, laboratory, alliance, industrial research institute, service centre or science-and-education town",
)
export class Platform extends Entity {
  @Field(() => String, { nullable: true })
  platformType!: string | null;
}

@kindType(EntityKind.Enterprise, "A company")
export class Enterprise extends Entity {}

@kindType(EntityKind.GovernmentBody, "A government department or party committee")
export class GovernmentBody extends Entity {}

@kindType(EntityKind.Organization, "Another body: an association, bank, hospital or medium")
export class Organization extends Entity {}

@kindType(EntityKind.Event, "A conference, signing ceremony, launch or other event")
export class Event extends Entity {
  @Field(() => String, {
    nullable: true,
    description: "The date as the source states it, partial ISO: 2022-11-19, 2023, or --11-19 when no year is stated",
  })
  date!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The date with its year (YYYY, YYYY-MM or YYYY-MM-DD): the stated date when it has its year, else as dateBasis says; time filters and stats by year use this",
  })
  dateResolved!: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description:
      "Where dateResolved comes from: STATED, FROM_PAGE_DATE (the latest such day not after the page's date), FROM_CONTEXT, PUBLISHED",
  })
  dateBasis!: DateBasis | null;

  @Field(() => DatePrecision, { nullable: true, description: "The precision of dateResolved" })
  datePrecision!: DatePrecision | null;

  @Field(() => Modality, { description: "ACTUAL (held or signed), PLANNED or ASPIRATION" })
  modality!: Modality;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true })
  eventType!: string | null;
}

@kindType(EntityKind.Agreement, "A signed agreement or cooperation project")
export class Agreement extends Entity {
  @Field(() => String, {
    nullable: true,
    description: "The date as the source states it, partial ISO: 2022-11-19, 2023, or --11-19 when no year is stated",
  })
  date!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The date with its year (YYYY, YYYY-MM or YYYY-MM-DD): the stated date when it has its year, else as dateBasis says; time filters and stats by year use this",
  })
  dateResolved!: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description:
      "Where dateResolved comes from: STATED, FROM_PAGE_DATE (the latest such day not after the page's date), FROM_CONTEXT, PUBLISHED",
  })
  dateBasis!: DateBasis | null;

  @Field(() => DatePrecision, { nullable: true, description: "The precision of dateResolved" })
  datePrecision!: DatePrecision | null;

  @Field(() => Modality, { description: "ACTUAL (held or signed), PLANNED or ASPIRATION" })
  modality!: Modality;

  @Field(() => String, { nullable: true, description: "What was agreed, in the source's words" })
  title!: string | null;

  @Field(() => String, { nullable: true })
  agreementType!: string | null;
}

@kindType(EntityKind.Industry, "An industry or sector")
export class Industry extends Entity {}

@kindType(EntityKind.Region, "A region the sources name that is neither a province nor a corridor (长三角, 皖北)")
export class Region extends Entity {}

export const ENTITY_TYPES = [
  City,
  Province,
  Corridor,
  University,
  ResearchInstitute,
  Academy,
  Person,
  Platform,
  Enterprise,
  GovernmentBody,
  Organization,
  Event,
  Agreement,
  Industry,
  Region,
];
