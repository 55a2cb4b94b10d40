import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Lang, relationName, relationSentence } from "../../domain/relation-labels";
import { nameIn } from "../../domain/display-name";
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

  // A sentence reads the relationship from its stored start to its end, whichever way the path walks it.
  @FieldResolver(() => String)
  sentence(@Root() s: PathStepRecord, @Arg("lang", () => Lang, { defaultValue: Lang.ZH_HANS }) lang: Lang): string {
    const [start, end] = s.outgoing ? [s.from, s.to] : [s.to, s.from];
    return relationSentence(s.type, nameIn(start, lang), nameIn(end, lang), lang, s.modality ?? undefined);
  }

  @FieldResolver(() => String)
  label(@Root() s: PathStepRecord, @Arg("lang", () => Lang, { defaultValue: Lang.ZH_HANS }) lang: Lang): string {
    return relationName(s.type, lang, s.outgoing ? "forward" : "backward");
  }
}
