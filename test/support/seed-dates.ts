import { seedFiles } from "./seed-fixtures";

interface SeedDated {
  id: string;
  kind: string;
  date?: string;
  dateResolved?: string;
  dateBasis?: string;
  properties?: Record<string, string>;
}

/**
 * seeds/FORMAT.md's rule, restated apart from the loader: a date with its year stands; a day without one
 * (--MM-DD) is placed only by its basis, FROM_PAGE_DATE as the latest such day not after the page's date.
 */
function resolve(e: SeedDated, page: string | undefined): string | undefined {
  const date = e.date ?? e.properties?.date;
  if (e.dateBasis === "FROM_CONTEXT") return e.dateResolved;
  if (e.dateBasis === "PUBLISHED") return page;
  if (date && /^\d{4}/.test(date)) return date;
  if (e.dateBasis === "FROM_PAGE_DATE" && date?.startsWith("--") && page?.length === 10) {
    const year = Number(page.slice(0, 4));
    return `${date.slice(2) <= page.slice(5) ? year : year - 1}-${date.slice(2)}`;
  }
  return undefined;
}

/** Every entity of `kind` with its stated date and the date it resolves to (undefined: on no timeline). */
export function seedDates(kind: string): Map<string, { stated?: string; resolved?: string }> {
  const found = new Map<string, { stated?: string; resolved?: string }>();
  for (const { seed } of seedFiles()) {
    for (const e of seed.entities as SeedDated[]) {
      if (e.kind !== kind) continue;
      const stated = e.date ?? e.properties?.date;
      const resolved = resolve(e, seed.source.publishedOn);
      // A record that repeats a shared entity without its date keeps the date another record gave.
      const previous = found.get(e.id);
      found.set(e.id, { stated: stated ?? previous?.stated, resolved: resolved ?? previous?.resolved });
    }
  }
  return found;
}
