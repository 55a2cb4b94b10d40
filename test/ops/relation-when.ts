import { resolveDate } from "../../src/domain/fact-date";
import { seedFiles } from "../support/seed-fixtures";

// When a relationship happened, read from the seed files alone, as the API's GraphEdge.when places it: the
// browser tests compare the page's time slider and inspector against it. Not a test file itself.

const HUBS = new Set(["Event", "Agreement"]);

export type DatedSeed = {
  id: string;
  kind: string;
  name: string;
  date?: string;
  dateResolved?: string;
  dateBasis?: string;
};

const seeds = seedFiles();
/** Each entity with the publication date of the file that dates it (or first names it). */
export const entityIn = new Map<string, { entity: DatedSeed; publishedOn?: string }>();
for (const { seed } of seeds) {
  for (const e of seed.entities as DatedSeed[]) {
    const known = entityIn.get(e.id);
    if (!known || (!known.entity.date && e.date)) {
      entityIn.set(e.id, { entity: e, publishedOn: seed.source.publishedOn });
    }
  }
}

/** When a relationship happened by the seeds: its agreement's or event's date, else its earliest report. */
export function expectedDate(source: string, type: string, target: string): { date: string; basis: string } | null {
  const hub = entityIn.get(target);
  if (hub && HUBS.has(hub.entity.kind)) {
    const { value } = resolveDate(hub.entity, hub.publishedOn);
    if (value.dateResolved) return { date: value.dateResolved, basis: value.dateBasis! };
  }
  const published = seeds
    .filter(s => s.seed.relations.some(r => r.from === source && r.type === type && r.to === target))
    .flatMap(s => (s.seed.source.publishedOn ? [s.seed.source.publishedOn] : []))
    .sort();
  return published[0] ? { date: published[0], basis: "PUBLISHED" } : null;
}
