import { EvidenceKind } from "../domain/fact-meaning";
import type { Strand } from "./tie-record";

const SUPPORT: Record<EvidenceKind, number> = {
  [EvidenceKind.BACKGROUND]: 0,
  [EvidenceKind.IMPLIED]: 1,
  [EvidenceKind.STATED]: 2,
};

function asEvidenceKind(value: string | null | undefined): EvidenceKind {
  return value && value in SUPPORT ? (value as EvidenceKind) : EvidenceKind.STATED;
}

/** A strand is only as well supported as its least supported fact: one implied party makes an implied strand. */
export function weakestEvidence(values: (string | null | undefined)[]): EvidenceKind {
  return values.map(asEvidenceKind).reduce((w, k) => (SUPPORT[k] < SUPPORT[w] ? k : w), EvidenceKind.STATED);
}

/** A tie is STATED if any of its strands is, else IMPLIED if any is: the best support it has. */
export function bestEvidence(values: EvidenceKind[]): EvidenceKind {
  return values.reduce((s, k) => (SUPPORT[k] > SUPPORT[s] ? k : s), EvidenceKind.BACKGROUND);
}

/**
 * A strand as stored. Strands written before they carried an evidence kind are rewritten once at start
 * (tie-upgrade.ts); one that still lacks it reads as STATED, as every absent evidence kind does.
 */
export function storedStrand(json: string): Strand {
  const s = JSON.parse(json) as Strand;
  return s.evidenceKind ? s : { ...s, evidenceKind: EvidenceKind.STATED };
}
