import type { GraphQLResolveInfo } from "graphql";
import type { ViewSelection } from "../../explore/explore.service";
import { selectedFields } from "../entity/selection";

const under = (info: GraphQLResolveInfo) => info.fieldNodes.flatMap(n => (n.selectionSet ? [n.selectionSet] : []));

/** What a graph view's query shows of its nodes and edges (graph-node.resolver.ts, graph-edge.resolver.ts). */
export function selectedView(info: GraphQLResolveInfo): ViewSelection {
  const view = selectedFields(under(info), info.fragments);
  const nodes = selectedFields(view.get("nodes") ?? [], info.fragments);
  const edges = selectedFields(view.get("edges") ?? [], info.fragments);
  return {
    nodeProperties: nodes.has("properties") || nodes.has("reportedOn"),
    edgeFacts: edges.has("evidence") || edges.has("when"),
  };
}
