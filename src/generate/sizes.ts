import { EntityKind } from "../domain/entity-kind";

/** Owners come in this order: places and shared vocabulary first, then organisations, happenings, people. */
export const KIND_ORDER: readonly EntityKind[] = [
  EntityKind.Province,
  EntityKind.Industry,
  EntityKind.Academy,
  EntityKind.City,
  EntityKind.Corridor,
  EntityKind.University,
  EntityKind.ResearchInstitute,
  EntityKind.Organization,
  EntityKind.Enterprise,
  EntityKind.GovernmentBody,
  EntityKind.Platform,
  EntityKind.Event,
  EntityKind.Agreement,
  EntityKind.Person,
];

export type KindCounts = Record<EntityKind, number>;

/** Departments per city bound the number of government bodies (each is a city's office). */
export const DEPARTMENTS_PER_CITY = 24;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

/**
 * How many of each kind a network of `nodes` entities has, shaped like the curated region: a few
 * provinces and corridors, hundreds of cities, thousands of organisations, and mostly people.
 */
export function kindCounts(nodes: number): KindCounts {
  if (!Number.isInteger(nodes) || nodes < 1000) throw new Error("--nodes must be an integer of at least 1000");
  const cities = clamp(nodes * 0.005, 30, 3000);
  const counts: KindCounts = {
    Province: clamp(Math.cbrt(nodes) / 3, 4, 34),
    Industry: clamp(nodes / 2000, 20, INDUSTRY_CAPACITY),
    Academy: clamp(Math.log2(nodes) / 3, 2, 10),
    City: cities,
    Corridor: clamp(Math.log10(nodes), 2, 8),
    University: Math.round(nodes * 0.02),
    ResearchInstitute: Math.round(nodes * 0.015),
    Organization: Math.round(nodes * 0.01),
    Enterprise: Math.round(nodes * 0.07),
    GovernmentBody: Math.min(Math.round(nodes * 0.015), cities * DEPARTMENTS_PER_CITY),
    Platform: Math.round(nodes * 0.025),
    Event: Math.round(nodes * 0.07),
    Agreement: Math.round(nodes * 0.08),
    Person: 0,
    // The curated regions (长三角, 皖北) are named, not counted: a synthetic network has none.
    Region: 0,
  };
  const others = Object.values(counts).reduce((a, b) => a + b, 0);
  counts.Person = nodes - others;
  return counts;
}

const INDUSTRY_CAPACITY = 180;
