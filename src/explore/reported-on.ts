import type { SourceRecord } from "../entity/entity-record";

/**
 * The earliest page date among an entity's sources. Partial ISO dates sort as text; a source without
 * publishedOn (or one that failed to load) says nothing about when the entity was known.
 */
export function earliestPublished(sources: readonly (SourceRecord | null | Error)[]): string | null {
  const dates = sources
    .map(s => (s && !(s instanceof Error) ? s.publishedOn : null))
    .filter((d): d is string => typeof d === "string" && /^\d{4}/.test(d))
    .sort();
  return dates[0] ?? null;
}
