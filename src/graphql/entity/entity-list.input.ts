import { IsOptional, Max, Min } from "class-validator";
import { IsCalendarDate } from "../scope/is-calendar-date";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { Modality } from "../../domain/fact-meaning";
import { EntityOrder, type ListFilter, type PageRequest } from "../../entity/entity-page";

export const MAX_PAGE = 200;

@InputType({ description: "Narrows a list; all given conditions must hold" })
export class EntityFilter implements ListFilter {
  @Field(() => [EntityKind], { nullable: true })
  kinds?: EntityKind[];

  @Field(() => ID, {
    nullable: true,
    description: "In a corridor: a member city, something in or held in one, an agreement with a party there",
  })
  corridor?: string;

  @Field(() => ID, {
    nullable: true,
    description: "In a city: the city, its districts, what is located or held there, agreements with a party there",
  })
  city?: string;

  @Field(() => ID, { nullable: true, description: "Focuses on this industry" })
  industry?: string;

  @Field(() => ID, { nullable: true, description: "Mentioned by this source" })
  source?: string;

  @Field({
    nullable: true,
    description: "Dated on or after (partial ISO: 2022, 2022-09, 2022-09-07); undated entities are left out",
  })
  @IsOptional()
  @IsCalendarDate({
    message: "dateFrom must be a year, year-month or date of the calendar (2022, 2022-09, 2022-09-07)",
  })
  dateFrom?: string;

  @Field({ nullable: true, description: "Dated on or before (partial ISO); a year or month includes all of it" })
  @IsOptional()
  @IsCalendarDate({ message: "dateTo must be a year, year-month or date of the calendar (2022, 2022-09, 2022-09-07)" })
  dateTo?: string;

  @Field(() => [Modality], {
    nullable: true,
    description:
      "Which facts count: agreements and events of these modalities, and only links of these modalities for city, corridor and industry. Default: ACTUAL only (what the sources report as done); the answer's modalities says what was counted",
  })
  modalities?: Modality[];
}

@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => Int, { defaultValue: 50, description: `Page size, at most ${MAX_PAGE}` })
  @Min(0, { message: "first must not be negative" })
  @Max(MAX_PAGE, { message: `first must be at most ${MAX_PAGE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page" })
  after?: string;

  @Field(() => EntityOrder, { defaultValue: EntityOrder.NAME })
  orderBy!: EntityOrder;

  @Field({ defaultValue: false })
  descending!: boolean;
}
