import { Max, Min } from "class-validator";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Int, Query, Resolver } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import type { Context } from "../context";
import { Connection } from "./connection.type";
import type { EntityRecord } from "../../entity/entity-record";
import { EntityFilter, PageArgs } from "./entity-list.input";
import { Agreement, City, Corridor, Entity, Event, Person, Platform } from "./entity.type";
import { linkPlan } from "./link-plan";

const EntityConnection = Connection(Entity, "Entity");
const CityConnection = Connection(City);
const AgreementConnection = Connection(Agreement);
const EventConnection = Connection(Event);
const PlatformConnection = Connection(Platform);
const PersonConnection = Connection(Person);
const CorridorConnection = Connection(Corridor);

export const MAX_SEARCH = 100;
/** Links read with the entity itself: two levels, the depth of a dashboard's detail card; deeper ones go through the loaders. */
const LOOK_AHEAD_LEVELS = 2;

@ArgsType()
class SearchArgs {
  @Field({ description: "A name in Simplified or Traditional Chinese, pinyin (with or without spaces and tones) or English" })
  text!: string;

  @Field(() => [EntityKind], { nullable: true })
  kinds?: EntityKind[];

  @Field(() => Int, { defaultValue: 10 })
  @Min(1, { message: "first must be at least 1" })
  @Max(MAX_SEARCH, { message: `first must be at most ${MAX_SEARCH}` })
  first!: number;
}

const withKind = (filter: EntityFilter | undefined, kind: EntityKind): EntityFilter => ({ ...filter, kinds: [kind] });

@Resolver()
export class EntityQueryResolver {
  @Query(() => Entity, { nullable: true, description: "One entity by its id" })
  entity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | null> {
    const plan = linkPlan(info, LOOK_AHEAD_LEVELS);
    return plan.length ? ctx.loaders.entityWithLinks(id, plan) : ctx.loaders.entityById.load(id);
  }

  @Query(() => [Entity], { description: "Entities ranked by how well a name matches, from any script, pinyin or English" })
  async search(@Args() args: SearchArgs, @Ctx() ctx: Context): Promise<EntityRecord[]> {
    const hits = await ctx.services.entities.search(args.text, args.kinds ?? [], args.first);
    return hits.map(h => h.entity);
  }

  @Query(() => EntityConnection, { description: "Entities of any kind, filtered, sorted and paginated" })
  entities(@Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.entities.list(filter ?? {}, page);
  }

  @Query(() => CityConnection)
  cities(@Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.entities.list(withKind(filter, EntityKind.City), page);
  }

  @Query(() => CorridorConnection)
  corridors(@Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.entities.list(withKind(filter, EntityKind.Corridor), page);
  }

  @Query(() => AgreementConnection)
  agreements(@Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.entities.list(withKind(filter, EntityKind.Agreement), page);
  }

  @Query(() => EventConnection)
  events(@Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.entities.list(withKind(filter, EntityKind.Event), page);
  }

  @Query(() => PlatformConnection)
  platforms(@Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.entities.list(withKind(filter, EntityKind.Platform), page);
  }

  @Query(() => PersonConnection)
  people(@Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.entities.list(withKind(filter, EntityKind.Person), page);
  }
}
