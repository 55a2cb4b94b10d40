import type { GraphQLField, GraphQLResolveInfo } from "graphql";
import { Extensions } from "type-graphql";
import type { EntityRecord } from "../../entity/entity-record";
import { LINKS, type LinkName, type RelationQuery } from "../../entity/links";
import type { Context } from "../context";

/**
 * Marks a field resolver as a typed link. The name is kept on the schema field, where the resolver
 * reads it back and where the look-ahead (link-plan.ts) finds the links a query asks for.
 */
export const Link = (link: LinkName) => Extensions({ link });

export function linkOf(field: Pick<GraphQLField<unknown, unknown>, "extensions"> | undefined): LinkName | undefined {
  const link = field?.extensions?.link;
  return typeof link === "string" && link in LINKS ? (link as LinkName) : undefined;
}

function linkOfResolved(info: GraphQLResolveInfo): LinkName {
  const link = linkOf(info.parentType.getFields()[info.fieldName]);
  if (!link) throw new Error(`${info.parentType.name}.${info.fieldName} has no @Link`);
  return link;
}

/** The entities at the other end of the typed link a field names, batched across parents by the request's loaders. */
export async function linked(ctx: Context, e: EntityRecord, info: GraphQLResolveInfo): Promise<EntityRecord[]> {
  const rels = await ctx.loaders.relations(LINKS[linkOfResolved(info)] as RelationQuery).load(e.id);
  const seen = new Set<string>();
  return rels.map(r => r.other).filter(o => !seen.has(o.id) && seen.add(o.id));
}

export async function linkedOne(ctx: Context, e: EntityRecord, info: GraphQLResolveInfo): Promise<EntityRecord | null> {
  return (await linked(ctx, e, info))[0] ?? null;
}
