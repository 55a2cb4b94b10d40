import { Modality } from "./fact-meaning";

/**
 * When sources disagree on a fact's modality, the most actual one wins: something done is done even if
 * another article says it will deepen. Each source's own modality is kept beside the fact, as
 * "<source id>:<MODALITY>" strings (a source id never holds a colon), in the order the sources first stated it.
 */
export const MODALITY_RANK: readonly Modality[] = [Modality.ACTUAL, Modality.PLANNED, Modality.ASPIRATION];

export function sourceModalityEntry(source: string, modality: Modality): string {
  return `${source}:${modality}`;
}

/** The stored list read back, source by source; anything that is not such an entry is skipped. */
export function parseSourceModalities(stored: unknown): Map<string, Modality> {
  const byId = new Map<string, Modality>();
  for (const entry of Array.isArray(stored) ? stored : []) {
    const at = String(entry).lastIndexOf(":");
    const modality = String(entry).slice(at + 1) as Modality;
    if (at > 0 && MODALITY_RANK.includes(modality)) byId.set(String(entry).slice(0, at), modality);
  }
  return byId;
}

/** The fact's modality given its sources' own: the most actual of them; null when no source gave one. */
export function mostActual(modalities: Iterable<Modality>): Modality | null {
  const given = new Set(modalities);
  return MODALITY_RANK.find(m => given.has(m)) ?? null;
}
