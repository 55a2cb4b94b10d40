import { EvidenceKind, Modality } from "../domain/fact-meaning";

/** A fact's stored meaning fields (src/domain/fact-meaning.ts); either may be absent. */
export interface StoredMeaning {
  modality?: Modality | null;
  evidenceKind?: EvidenceKind | null;
}

/** Stored values read back with the documented defaults: a fact stored before these fields existed is ACTUAL and STATED. */
export function modalityOf(props: StoredMeaning): Modality {
  return props.modality ?? Modality.ACTUAL;
}

export function evidenceKindOf(props: StoredMeaning): EvidenceKind {
  return props.evidenceKind ?? EvidenceKind.STATED;
}
