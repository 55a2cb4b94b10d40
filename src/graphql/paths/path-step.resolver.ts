import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { PathStepRecord } from "../../paths/path-record";
import type { Context } from "../context";
import { parseEvidence } from "../../entity/entity-record";
import { toEvidence } from "../entity/evidence.mapper";
import { Evidence } from "../entity/evidence.type";
import { Direction } from "../entity/relation.type";
import { PathStep } from "./partnership-path.type";

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => Direction)
  direction(@Root() s: PathStepRecord): Direction {
    return s.outgoing ? Direction.OUT : Direction.IN;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() s: PathStepRecord, @Ctx() ctx: Context): Promise<Evidence[]> {
    return toEvidence(ctx, parseEvidence(s.evidence));
  }

  // The arrow keeps the stored direction visible while the sentence follows the path's order.
  @FieldResolver(() => String)
  sentence(@Root() s: PathStepRecord): string {
    return s.outgoing ? `${s.from.name} —${s.type}→ ${s.to.name}` : `${s.from.name} ←${s.type}— ${s.to.name}`;
  }
}
