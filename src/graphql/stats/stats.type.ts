import { Field, Int, ObjectType } from "type-graphql";
import { Modality } from "../../domain/fact-meaning";
import { City, Corridor } from "../entity/entity.type";
import type { DatedCounts, GraphCounts } from "../../stats/stats.service";

@ObjectType({ description: "How many things share a key: an entity kind or a relationship type" })
export class CountByKey {
  @Field()
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "How many agreements or events fall in a year" })
export class CountByYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A city with a count of things attributed to it" })
export class CityCount {
  @Field(() => City)
  city!: City;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "Agreements or events over time and across cities" })
export class DatedStats {
  @Field(() => Int)
  total!: number;

  @Field(() => [CountByYear], { description: "Years with at least one, oldest first; only those whose year is known" })
  byYear!: CountByYear[];

  @Field(() => Int, { description: "How many have no known year (including a day given without its year)" })
  undated!: number;

  @Field(() => [CityCount], { description: "Cities with at least one, most first" })
  byCity!: CityCount[];
}

@ObjectType({ description: "A corridor's size and centre" })
export class CorridorStats {
  @Field(() => Corridor)
  corridor!: Corridor;

  @Field(() => Int, { description: "Entities that are members or the central city of the corridor" })
  memberCount!: number;

  @Field(() => City, { nullable: true })
  centralCity!: City | null;
}

/** The root of the stats query; each field is read only when asked for, and the counts once per request. */
@ObjectType({ description: "Figures for dashboards" })
export class Stats {
  constructor(modalities: Modality[]) {
    this.modalities = modalities;
  }

  @Field(() => [Modality], {
    description: "The modalities agreements, events and topPartnerCities counted (byKind and byRelationType count all)",
  })
  modalities: Modality[];

  counts?: Promise<GraphCounts>;
  agreementStats?: Promise<DatedCounts>;
  eventStats?: Promise<DatedCounts>;
}
