import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { Lang, relationName, relationSentence } from "../../domain/relation-labels";
import { nameIn } from "../../domain/display-name";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../domain/fact-meaning";
import { RelationType } from "../../domain/relation-type";
import { strandEvidence, type Tie } from "../../partnership/tie-record";
import type { Context } from "../context";
import { evidenceKindOf, modalityBySource } from "../../entity/fact-meaning-record";
import { toEvidence } from "../entity/evidence.mapper";
import { Evidence } from "../entity/evidence.type";
import { Direction } from "../entity/relation.type";
import { PartnershipTie } from "../partnership/partnership.type";
import { PathStep } from "./partnership-path.type";
import type { PathStepRoot } from "./path-step.root";

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => PartnershipTie, { nullable: true })
  tie(@Root() s: PathStepRoot): Tie | null {
    return s.tie;
  }

  @FieldResolver(() => Modality)
  modality(@Root() s: PathStepRoot): Modality {
    return s.tie ? s.tie.modality : ((s.fact?.modality as Modality | null) ?? Modality.ACTUAL);
  }

  @FieldResolver(() => RelationType, { nullable: true })
  type(@Root() s: PathStepRoot): RelationType | null {
    return s.fact?.type ?? null;
  }

  @FieldResolver(() => Direction, { nullable: true })
  direction(@Root() s: PathStepRoot): Direction | null {
    if (!s.fact) return null;
    return s.fact.outgoing ? Direction.OUT : Direction.IN;
  }

  @FieldResolver(() => ID, { nullable: true })
  relationId(@Root() s: PathStepRoot): string | null {
    return s.fact?.relationId ?? null;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() s: PathStepRoot, @Ctx() ctx: Context): Promise<Evidence[]> {
    if (s.fact) return toEvidence(ctx, s.fact.evidence, modalityBySource({ ...s.fact }));
    return toEvidence(ctx, strandEvidence(s.tie?.strands ?? []));
  }

  @FieldResolver(() => EvidenceKind, { nullable: true })
  evidenceKind(@Root() s: PathStepRoot): EvidenceKind | null {
    return s.fact ? evidenceKindOf({ evidenceKind: s.fact.evidenceKind as EvidenceKind | null }) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  date(@Root() s: PathStepRoot): string | null {
    return s.fact?.dated.date ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  dateResolved(@Root() s: PathStepRoot): string | null {
    return s.fact?.dated.dateResolved ?? null;
  }

  @FieldResolver(() => DateBasis, { nullable: true, description: "FACTS: how dateResolved is known" })
  dateBasis(@Root() s: PathStepRoot): DateBasis | null {
    return (s.fact?.dated.dateBasis as DateBasis | null | undefined) ?? null;
  }

  @FieldResolver(() => DatePrecision, { nullable: true, description: "FACTS: the precision of dateResolved" })
  datePrecision(@Root() s: PathStepRoot): DatePrecision | null {
    return (s.fact?.dated.datePrecision as DatePrecision | null | undefined) ?? null;
  }

  // A sentence reads the relationship from its stored start to its end, whichever way the path walks it.
  @FieldResolver(() => String, { nullable: true })
  sentence(
    @Root() s: PathStepRoot,
    @Arg("lang", () => Lang, { defaultValue: Lang.ZH_HANS }) lang: Lang,
  ): string | null {
    const f = s.fact;
    if (!f) return null;
    const [start, end] = f.outgoing ? [f.from, f.to] : [f.to, f.from];
    return relationSentence(f.type, nameIn(start, lang), nameIn(end, lang), lang, f.modality ?? undefined);
  }

  @FieldResolver(() => String, { nullable: true })
  label(@Root() s: PathStepRoot, @Arg("lang", () => Lang, { defaultValue: Lang.ZH_HANS }) lang: Lang): string | null {
    return s.fact ? relationName(s.fact.type, lang, s.fact.outgoing ? "forward" : "backward") : null;
  }
}
