import { ArrayMaxSize, IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import type { GraphScope } from "../../domain/graph-scope";
import { RelationType } from "../../domain/relation-type";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

@InputType("GraphScope", { description: "Which part of the graph to analyse or show; every condition given must hold" })
export class GraphScopeInput implements GraphScope {
  @Field(() => [EntityKind], { nullable: true, description: "Entity kinds to include (default: all)" })
  kinds?: EntityKind[];

  @Field(() => [RelationType], { nullable: true, description: "Relationship types to include (default: all)" })
  relationTypes?: RelationType[];

  @Field(() => ID, { nullable: true, description: "Only the corridor, its member cities and what is directly linked to them" })
  corridor?: string;

  @Field(() => [ID], { nullable: true, description: "Only entities and relationships evidenced by these sources" })
  sources?: string[];

  @Field(() => [ID], { nullable: true, description: "Only these entities (a visual explorer's scene), at most 5000" })
  @IsOptional()
  @ArrayMaxSize(5000, { message: "ids may name at most 5000 entities" })
  ids?: string[];

  @Field({ nullable: true, description: "Leave out events and agreements dated before this (partial ISO)" })
  @IsOptional()
  @Matches(DATE, { message: "dateFrom must be a year, year-month or date (2022, 2022-09, 2022-09-07)" })
  dateFrom?: string;

  @Field({ nullable: true, description: "Leave out events and agreements dated after this (partial ISO; a year includes all of it)" })
  @IsOptional()
  @Matches(DATE, { message: "dateTo must be a year, year-month or date (2022, 2022-09, 2022-09-07)" })
  dateTo?: string;
}
