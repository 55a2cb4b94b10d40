import { NetworkKind } from "../../domain/partnership";
import type { EntityRecord } from "../../entity/entity-record";
import type { NetworkPathsAnswer } from "../../network/network-paths.service";
import type { Context } from "../context";
import { toNetworkEcho } from "../network/network-echo.mapper";
import type { PathStepRoot } from "./path-step.root";

export interface PathRoot {
  length: number;
  cost: number;
  nodes: EntityRecord[];
  steps: PathStepRoot[];
}

/** Both networks' paths as one shape: a partnership path's node ids become entities, its ties its steps. */
export async function toPathAnswer(ctx: Context, answer: NetworkPathsAnswer) {
  const network = toNetworkEcho(answer.network);
  if (answer.kind === NetworkKind.FACTS) {
    const paths: PathRoot[] = answer.paths.map(p => ({
      length: p.length,
      cost: p.length,
      nodes: p.nodes,
      steps: p.steps.map(s => ({ from: s.from, to: s.to, fact: s, tie: null })),
    }));
    return { network, paths, truncated: answer.truncated };
  }
  const paths = await Promise.all(
    answer.paths.map(async (p): Promise<PathRoot | null> => {
      const nodes = await ctx.loaders.entityById.loadMany(p.nodes);
      // An entity deleted since the ties were read breaks the chain: the path is dropped, not shown with a gap.
      if (nodes.some(n => !n || n instanceof Error)) return null;
      const ents = nodes as EntityRecord[];
      return {
        length: p.ties.length,
        cost: p.cost,
        nodes: ents,
        steps: p.ties.map((tie, i) => ({ from: ents[i]!, to: ents[i + 1]!, fact: null, tie })),
      };
    }),
  );
  return { network, paths: paths.filter((p): p is PathRoot => p !== null), truncated: answer.truncated };
}
