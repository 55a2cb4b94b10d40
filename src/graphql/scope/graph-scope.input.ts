import { ArrayMaxSize, IsOptional } from "class-validator";
import { IsCalendarDate } from "./is-calendar-date";
import { Field, ID, InputType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { Modality } from "../../domain/fact-meaning";
import type { GraphScope } from "../../domain/graph-scope";
import { RelationType } from "../../domain/relation-type";

@InputType("GraphScope", { description: "Which part of the graph to analyse or show; every condition given must hold" })
export class GraphScopeInput implements GraphScope {
  @Field(() => [EntityKind], { nullable: true, description: "Entity kinds to include (default: all)" })
  kinds?: EntityKind[];

  @Field(() => [RelationType], { nullable: true, description: "Relationship types to include (default: all)" })
  relationTypes?: RelationType[];

  @Field(() => ID, {
    nullable: true,
    description: "Only the corridor, its member cities and what is directly linked to them",
  })
  corridor?: string;

  @Field(() => [ID], { nullable: true, description: "Only entities and relationships evidenced by these sources" })
  sources?: string[];

  @Field(() => [ID], { nullable: true, description: "Only these entities (a visual explorer's scene), at most 5000" })
  @IsOptional()
  @ArrayMaxSize(5000, { message: "ids may name at most 5000 entities" })
  ids?: string[];

  @Field(() => [Modality], {
    nullable: true,
    description:
      "Which facts count: relationships, agreements and events of these modalities. Default: ACTUAL only (what the sources report as done); add PLANNED and ASPIRATION to include stated intentions and goals",
  })
  modalities?: Modality[];

  @Field({
    nullable: true,
    description:
      "Leave out events and agreements dated before this (partial ISO), compared with each one's resolved date (stated, or placed by its dateBasis); undated ones are left out",
  })
  @IsOptional()
  @IsCalendarDate({
    message: "dateFrom must be a year, year-month or date of the calendar (2022, 2022-09, 2022-09-07)",
  })
  dateFrom?: string;

  @Field({
    nullable: true,
    description:
      "Leave out events and agreements dated after this (partial ISO; a year includes all of it), compared with each one's resolved date",
  })
  @IsOptional()
  @IsCalendarDate({ message: "dateTo must be a year, year-month or date of the calendar (2022, 2022-09, 2022-09-07)" })
  dateTo?: string;
}
