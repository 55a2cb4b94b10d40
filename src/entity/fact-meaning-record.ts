import { EvidenceKind, Modality } from "../domain/fact-meaning";
import { parseSourceModalities } from "../domain/source-modality";

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

/**
 * The modality each quote's source gives the fact (src/domain/source-modality.ts), for evidence shown with its
 * own word. A quote from a source that did not itself load the fact (a write's cross-reference) goes with the
 * last source that did, as the export places it; a fact stored before sources kept their own reads its modality.
 */
export function modalityBySource(props: Record<string, unknown>): (source: string) => Modality {
  const own = parseSourceModalities(props.sourceModalities);
  const sources = Array.isArray(props.sources) ? props.sources.map(String) : [];
  const last = own.get(sources[sources.length - 1] ?? "");
  return source => own.get(source) ?? last ?? modalityOf(props);
}
