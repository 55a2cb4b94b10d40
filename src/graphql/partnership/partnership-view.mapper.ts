import type { EntityRecord } from "../../entity/entity-record";
import type { NetworkUsed as Used } from "../../partnership/partnership-network";
import type { RankedNode } from "../../partnership/partnership.service";
import type { Context } from "../context";
import type { NetworkUsed } from "./partnership.type";

export function toNetworkUsed(used: Used): NetworkUsed {
  return {
    level: used.level,
    tieKinds: used.kinds,
    modalities: used.modalities,
    from: used.window.from,
    to: used.window.to,
    weighted: used.weighted,
    hubLimit: used.hubLimit,
  };
}

/** Entities by id in the order asked; one deleted since the ties were read drops out. */
export async function entitiesOf(ctx: Context, ids: string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entityById.loadMany(ids);
  return found.filter((e): e is EntityRecord => !!e && !(e instanceof Error));
}

export async function scored(ctx: Context, scores: RankedNode[]) {
  const entities = await ctx.loaders.entityById.loadMany(scores.map(s => s.id));
  return scores
    .map((s, i) => ({ entity: entities[i], score: s.score, rank: s.rank }))
    .filter(s => s.entity && !(s.entity instanceof Error));
}
