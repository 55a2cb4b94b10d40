import { GraphQLJSONObject } from "graphql-scalars";
import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { personNameEn } from "../../domain/names";
import type { GraphNodeRecord } from "../../explore/graph-view-record";
import { earliestPublished } from "../../explore/reported-on";
import type { Context } from "../context";
import { GraphNode } from "./graph-view.type";

// Search keys and JSON-encoded evidence are for the service, not for a node's property panel.
const HIDDEN = new Set(["searchKeys", "searchKeyText", "aliasText", "pinyinText", "evidence", "attributes"]);

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => ID)
  id(@Root() n: GraphNodeRecord): string {
    return n.entity.id;
  }

  @FieldResolver(() => EntityKind)
  kind(@Root() n: GraphNodeRecord): EntityKind {
    return n.entity.kind;
  }

  @FieldResolver(() => String)
  caption(@Root() n: GraphNodeRecord): string {
    return n.entity.name;
  }

  @FieldResolver(() => String)
  captionHant(@Root() n: GraphNodeRecord): string {
    return n.entity.nameHant ?? n.entity.name;
  }

  /** A person without an English name is romanised as English text writes names (Li Keqiang); anything else keeps its Chinese name rather than bare syllables. */
  @FieldResolver(() => String)
  captionEn(@Root() n: GraphNodeRecord): string {
    if (n.entity.nameEn) return n.entity.nameEn;
    return n.entity.kind === EntityKind.Person ? personNameEn(n.entity.name) : n.entity.name;
  }

  @FieldResolver(() => GraphQLJSONObject)
  properties(@Root() n: GraphNodeRecord): Record<string, unknown> {
    return Object.fromEntries(Object.entries(n.entity).filter(([key]) => !HIDDEN.has(key)));
  }

  @FieldResolver(() => String, { nullable: true })
  async reportedOn(@Root() n: GraphNodeRecord, @Ctx() ctx: Context): Promise<string | null> {
    return earliestPublished(await ctx.loaders.sourceById.loadMany(n.entity.sources ?? []));
  }
}
