import type { GraphQLResolveInfo } from "graphql";
import { Ctx, Extensions, FieldResolver, Info, Resolver, Root, type ClassType } from "type-graphql";
import type { EntityRecord } from "../../entity/entity-record";
import { LINKS } from "../../entity/links";
import { NO_PROPERTIES } from "../../entity/projection";
import type { Context } from "../context";
import { LINK_FIELDS, type LinkField } from "./link-fields";
import { selectedEntity } from "./selection";

/**
 * The one way a link field is answered: the relations loader, which the look-ahead of the `entity`
 * query may already have filled. A link lists each entity at its other end once.
 */
async function answer(
  ctx: Context,
  e: EntityRecord,
  field: LinkField,
  info: GraphQLResolveInfo,
): Promise<EntityRecord[] | EntityRecord | null> {
  const rels = await ctx.loaders.relations.load({
    query: LINKS[field.link],
    relation: NO_PROPERTIES,
    other: selectedEntity(info),
    id: e.id,
  });
  const seen = new Set<string>();
  const others = rels.map(r => r.other).filter(o => !seen.has(o.id) && seen.add(o.id));
  return field.one ? (others[0] ?? null) : others;
}

/** A resolver class with one field resolver per entry of a kind's link fields, as if written by hand. */
function linkFieldsResolver(type: ClassType, fields: Record<string, LinkField>): ClassType {
  class LinkFieldsResolver {}
  const prototype = LinkFieldsResolver.prototype as unknown as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    prototype[name] = (e: EntityRecord, ctx: Context, info: GraphQLResolveInfo) => answer(ctx, e, field, info);
    Reflect.defineMetadata("design:paramtypes", [Object, Object, Object], prototype, name);
    Root()(prototype, name, 0);
    Ctx()(prototype, name, 1);
    Info()(prototype, name, 2);
    const returns = field.one ? field.to : () => [field.to()];
    // The cost estimate and the list cap (graphql/limits/list-size.ts) know a link by this extension.
    Extensions({ link: field.link })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
    FieldResolver(returns, { nullable: field.one || undefined, description: field.description })(
      prototype,
      name,
      Object.getOwnPropertyDescriptor(prototype, name)!,
    );
  }
  Resolver(() => type)(LinkFieldsResolver);
  return LinkFieldsResolver;
}

export const LINK_FIELD_RESOLVERS = [...LINK_FIELDS].map(([type, fields]) => linkFieldsResolver(type, fields));
