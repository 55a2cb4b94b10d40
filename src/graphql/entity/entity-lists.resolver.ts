import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver, type ClassType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import type { Context } from "../context";
import { Connection } from "./connection.type";
import { EntityFilter, PageArgs } from "./entity-list.input";
import { Agreement, City, Corridor, Entity, Event, Person, Platform } from "./entity.type";
import { selectedPage } from "./selection";

interface ListQuery {
  type: ClassType | typeof Entity;
  /** The kind the list is narrowed to; none for the list of every kind. */
  kind?: EntityKind;
  description?: string;
}

/** The paginated list queries: every one filters, sorts and pages entities the same way. */
const LISTS: Record<string, ListQuery> = {
  entities: { type: Entity, description: "Entities of any kind, filtered, sorted and paginated" },
  cities: { type: City, kind: EntityKind.City },
  corridors: { type: Corridor, kind: EntityKind.Corridor },
  agreements: { type: Agreement, kind: EntityKind.Agreement },
  events: { type: Event, kind: EntityKind.Event },
  platforms: { type: Platform, kind: EntityKind.Platform },
  people: { type: Person, kind: EntityKind.Person },
};

function listQueries(): ClassType {
  class EntityListsResolver {}
  const prototype = EntityListsResolver.prototype as unknown as Record<string, unknown>;
  for (const [name, { type, kind, description }] of Object.entries(LISTS)) {
    prototype[name] = (filter: EntityFilter | undefined, page: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
      ctx.services.entities.list(kind ? { ...filter, kinds: [kind] } : (filter ?? {}), page, selectedPage(info));
    Reflect.defineMetadata("design:paramtypes", [EntityFilter, PageArgs, Object, Object], prototype, name);
    Arg("filter", () => EntityFilter, { nullable: true })(prototype, name, 0);
    Args(() => PageArgs)(prototype, name, 1);
    Ctx()(prototype, name, 2);
    Info()(prototype, name, 3);
    const connection = Connection(type, type === Entity ? "Entity" : type.name);
    Query(() => connection, { description })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
  }
  Resolver()(EntityListsResolver);
  return EntityListsResolver;
}

export const EntityListsResolver = listQueries();
