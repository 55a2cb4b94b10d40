import { ArrayMaxSize, IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { RelationType } from "../../domain/relation-type";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The part of the graph an analysis or a view covers. Empty lists mean "all". Date bounds apply to
 * dated entities (events, agreements): those outside the range, or whose year is unknown, are left out.
 */
@InputType({ description: "Which part of the graph to analyse or show; every condition given must hold" })
export class GraphScope {
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

/** Cypher parameters for a scope; every cypher file that filters by scope takes exactly these. */
export function scopeParams(scope: GraphScope | undefined | null) {
  const to = scope?.dateTo;
  return {
    kinds: scope?.kinds ?? [],
    relationTypes: scope?.relationTypes ?? [],
    corridor: scope?.corridor ?? null,
    sources: scope?.sources ?? [],
    ids: scope?.ids ?? [],
    dateFrom: scope?.dateFrom ?? null,
    // A year or month as an upper bound includes the whole of it.
    dateTo: to ? (to.length < 10 ? `${to}-99` : to) : null,
  };
}

/**
 * The node predicate every scope-filtered statement uses, for a node variable `n`
 * (copied into those .cypher files, since Cypher has no includes):
 *
 *   (size($kinds) = 0 OR n.kind IN $kinds)
 *   AND (size($ids) = 0 OR n.id IN $ids)
 *   AND (size($sources) = 0 OR any(s IN n.sources WHERE s IN $sources))
 *   AND (($dateFrom IS NULL AND $dateTo IS NULL) OR NOT n.kind IN ['Event', 'Agreement']
 *        OR (n.sortDate IS NOT NULL AND ($dateFrom IS NULL OR n.sortDate >= $dateFrom) AND ($dateTo IS NULL OR n.sortDate <= $dateTo)))
 *   AND ($corridor IS NULL OR n.id = $corridor
 *        OR EXISTS { (n)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
 *        OR EXISTS { (n)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
 *
 * and for a relationship `r`: (size($relationTypes) = 0 OR type(r) IN $relationTypes)
 *   AND (size($sources) = 0 OR any(s IN r.sources WHERE s IN $sources))
 */
