import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { Modality } from "../../domain/fact-meaning";
import { modalitiesOf } from "../../domain/graph-scope";
import type {
  CityCount as CityCountShape,
  CorridorSummary,
  DatedCounts,
  GraphCounts,
  KeyCount,
} from "../../stats/stats.service";
import type { Context } from "../context";
import { CityCount, CorridorStats, CountByKey, DatedStats, Stats } from "./stats.type";

const counts = (s: Stats, ctx: Context): Promise<GraphCounts> => (s.counts ??= ctx.services.stats.counts());

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: "Figures about the whole graph, for dashboards" })
  stats(
    @Arg("modalities", () => [Modality], {
      nullable: true,
      description:
        "Which facts the agreement, event and partner counts count. Default: ACTUAL only (what the sources report as done); the answer's modalities says what was counted",
    })
    modalities: Modality[] | null,
  ): Stats {
    return new Stats(modalitiesOf(modalities));
  }

  @FieldResolver(() => [CountByKey], {
    description: "Entities per kind, most first: the whole graph, agreements and events of every modality",
  })
  async byKind(@Root() s: Stats, @Ctx() ctx: Context): Promise<KeyCount[]> {
    return (await counts(s, ctx)).byKind;
  }

  @FieldResolver(() => [CountByKey], {
    description: "Relationships per type, most first: the whole graph, of every modality",
  })
  async byRelationType(@Root() s: Stats, @Ctx() ctx: Context): Promise<KeyCount[]> {
    return (await counts(s, ctx)).byRelationType;
  }

  @FieldResolver(() => Int)
  async totalEntities(@Root() s: Stats, @Ctx() ctx: Context): Promise<number> {
    return (await counts(s, ctx)).totalEntities;
  }

  @FieldResolver(() => Int)
  async totalRelations(@Root() s: Stats, @Ctx() ctx: Context): Promise<number> {
    return (await counts(s, ctx)).totalRelations;
  }

  @FieldResolver(() => Int, { description: "Source articles the facts are drawn from" })
  async sources(@Root() s: Stats, @Ctx() ctx: Context): Promise<number> {
    return (await counts(s, ctx)).sources;
  }

  @FieldResolver(() => DatedStats, {
    description:
      "Agreements of the modalities per year and per city of their parties (a party counts for the city, and district, it is located in)",
  })
  agreements(@Root() s: Stats, @Ctx() ctx: Context): Promise<DatedCounts> {
    return (s.agreementStats ??= ctx.services.stats.dated(EntityKind.Agreement, s.modalities));
  }

  @FieldResolver(() => DatedStats, {
    description:
      "Events of the modalities per year and per city they were held in (a district's events count for its city too)",
  })
  events(@Root() s: Stats, @Ctx() ctx: Context): Promise<DatedCounts> {
    return (s.eventStats ??= ctx.services.stats.dated(EntityKind.Event, s.modalities));
  }

  @FieldResolver(() => [CityCount], {
    description:
      "Cities with the most partners in the CITY-level partnership network over ties of the modalities (with the default, as City.partners counts them), most first",
  })
  topPartnerCities(
    @Root() s: Stats,
    @Arg("first", () => Int, { defaultValue: 5 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<CityCountShape[]> {
    return ctx.services.stats.topPartnerCities(first, s.modalities);
  }

  @FieldResolver(() => [CorridorStats], { description: "Every corridor with its member count and central city" })
  corridors(@Ctx() ctx: Context): Promise<CorridorSummary[]> {
    return ctx.services.stats.corridors();
  }
}
