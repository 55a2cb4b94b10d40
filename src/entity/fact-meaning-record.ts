import { EvidenceKind, Modality } from "../domain/fact-meaning";

/** Stored values read back with the documented defaults: a fact stored before these fields existed is ACTUAL and STATED. */
export function modalityOf(props: Record<string, unknown>): Modality {
  return (props.modality as Modality | undefined) ?? Modality.ACTUAL;
}

export function evidenceKindOf(props: Record<string, unknown>): EvidenceKind {
  return (props.evidenceKind as EvidenceKind | undefined) ?? EvidenceKind.STATED;
}
