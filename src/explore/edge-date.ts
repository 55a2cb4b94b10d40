import { strandDate } from "../partnership/tie-dates";
import type { FactMeaning, StrandDate } from "../partnership/tie-record";

/**
 * When a drawn relationship happened and how that is known, by the rule a partnership strand follows
 * (src/partnership/tie-dates.ts): its own date first, then the date of the agreement or event it links to,
 * else the earliest publication date of its sources (basis PUBLISHED: it was reported by then).
 */
export function edgeDate(
  own: FactMeaning,
  linked: FactMeaning | null | undefined,
  published: (string | null | undefined)[],
): StrandDate {
  return strandDate(null, linked ? [own, linked] : [own], published);
}
