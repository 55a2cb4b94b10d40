import { Modality } from "../domain/fact-meaning";
import { DEFAULT_TIE_KINDS, NetworkLevel, type TieKind } from "../domain/partnership";
import { BadInputError } from "../errors";
import type { NetworkUsed } from "./partnership-network";
import { toWindow } from "./tie-dates";
import { HUB_LIMIT, type TieFilter } from "./tie-rules";

/** A network question as asked: every field optional, defaults applied by `settle`. */
export interface NetworkQuestion {
  level?: NetworkLevel | null;
  tieKinds?: TieKind[] | null;
  modalities?: Modality[] | null;
  /** Partial ISO dates: strands whose period overlaps [from, to]; asOf = everything up to that date. */
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  /** Only strands reported by these sources ([] = all). */
  sources?: string[] | null;
  weighted?: boolean | null;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The network a question runs on: ACTUAL facts of every kind but co-attendance, all time, weighted, unless asked otherwise. */
export function settle(q: NetworkQuestion | null | undefined): {
  filter: TieFilter & { sources: string[] };
  used: NetworkUsed;
} {
  for (const field of ["from", "to", "asOf"] as const) {
    const v = q?.[field];
    if (v && !PARTIAL_DATE.test(v)) throw new BadInputError(field, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (q?.asOf && (q.from || q.to)) throw new BadInputError("asOf", "give either asOf or from/to, not both");
  if (q?.from && q.to && q.from > q.to) throw new BadInputError("to", "must not be before `from`");
  if (q?.tieKinds && q.tieKinds.length === 0) throw new BadInputError("tieKinds", "must name at least one tie kind");
  if (q?.modalities && q.modalities.length === 0) {
    throw new BadInputError("modalities", "must name at least one modality");
  }
  const window = toWindow(q?.from, q?.to, q?.asOf);
  const kinds = [...(q?.tieKinds ?? DEFAULT_TIE_KINDS)].sort();
  const modalities = [...(q?.modalities ?? [Modality.ACTUAL])].sort();
  const used: NetworkUsed = {
    level: q?.level ?? NetworkLevel.ENTITY,
    kinds,
    modalities,
    window,
    weighted: q?.weighted ?? true,
    hubLimit: HUB_LIMIT,
  };
  return { filter: { kinds, modalities, window, sources: q?.sources ?? [] }, used };
}
