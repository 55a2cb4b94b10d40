import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphEdgeRecord } from "../../explore/graph-view-record";
import type { Context } from "../context";
import { edgeDate } from "../../explore/edge-date";
import { modalityBySource } from "../../entity/fact-meaning-record";
import { toEvidence } from "../entity/evidence.mapper";
import { Evidence } from "../entity/evidence.type";
import { TieDate } from "../partnership/partnership.type";
import { GraphEdge } from "./graph-view.type";

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() e: GraphEdgeRecord, @Ctx() ctx: Context): Promise<Evidence[]> {
    return toEvidence(ctx, e.evidence, modalityBySource({ ...e }));
  }

  @FieldResolver(() => TieDate, {
    description:
      "When the relationship happened and how that is known: its own date, else the date of the agreement or event it links to, else its sources' earliest publication date (basis PUBLISHED)",
  })
  async when(@Root() e: GraphEdgeRecord, @Ctx() ctx: Context): Promise<TieDate> {
    // A BACKGROUND fact has sources but no quotes.
    const ids = [...new Set([...(e.sources ?? []), ...e.evidence.map(ev => ev.source)])];
    const sources = await ctx.loaders.sourceById.loadMany(ids);
    const published = sources.map(s => (s instanceof Error ? null : s?.publishedOn));
    const { date, basis, precision } = edgeDate(e, e.linked, published);
    return { date, basis, precision };
  }
}
