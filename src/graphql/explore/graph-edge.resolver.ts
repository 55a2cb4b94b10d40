import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphEdgeRecord } from "../../explore/graph-view-record";
import type { Context } from "../context";
import { modalityBySource } from "../../entity/fact-meaning-record";
import { toEvidence } from "../entity/evidence.mapper";
import { Evidence } from "../entity/evidence.type";
import { GraphEdge } from "./graph-view.type";

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() e: GraphEdgeRecord, @Ctx() ctx: Context): Promise<Evidence[]> {
    return toEvidence(ctx, e.evidence, modalityBySource({ ...e }));
  }
}
