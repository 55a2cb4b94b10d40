import { EvidenceKind } from "../domain/fact-meaning";
import { rankedVocabulary } from "./ranked-vocabulary";
import type { Strand } from "./tie-record";

const SUPPORT = rankedVocabulary(
  { [EvidenceKind.BACKGROUND]: 0, [EvidenceKind.IMPLIED]: 1, [EvidenceKind.STATED]: 2 },
  EvidenceKind.STATED,
);

/** A strand is only as well supported as its least supported fact: one implied party makes an implied strand. */
export const weakestEvidence = SUPPORT.least;

/** A tie is STATED if any of its strands is, else IMPLIED if any is: the best support it has. */
export const bestEvidence = SUPPORT.most;

/**
 * A strand as stored. Strands written before they carried an evidence kind are rewritten once at start
 * (tie-upgrade.ts); one that still lacks it reads as STATED, as every absent evidence kind does.
 */
export function storedStrand(json: string): Strand {
  const s = JSON.parse(json) as Strand;
  return s.evidenceKind ? s : { ...s, evidenceKind: EvidenceKind.STATED };
}
