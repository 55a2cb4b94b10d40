import { EntityKind } from "../domain/entity-kind";
import type { Modality } from "../domain/fact-meaning";
import { BadInputError } from "../errors";
import { toEntity, type EntityRecord, type StoredEntity } from "../entity/entity-record";
import { run, type Database } from "../neo4j/database";
import type { PartnershipService } from "../partnership/partnership.service";

export const MAX_TOP_CITIES = 100;

export interface KeyCount {
  key: string;
  count: number;
}

export interface GraphCounts {
  byKind: KeyCount[];
  byRelationType: KeyCount[];
  totalEntities: number;
  totalRelations: number;
  sources: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface CityCount {
  city: EntityRecord;
  count: number;
}

export interface DatedCounts {
  total: number;
  byYear: YearCount[];
  undated: number;
  byCity: CityCount[];
}

export interface CorridorSummary {
  corridor: EntityRecord;
  memberCount: number;
  centralCity: EntityRecord | null;
}

const cityCounts = (rows: { city: StoredEntity; count: number }[]): CityCount[] =>
  rows.map(r => ({ city: toEntity(r.city), count: r.count }));
const sum = (counts: { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

export type DatedKind = EntityKind.Agreement | EntityKind.Event;

const BY_CITY: Record<DatedKind, string> = {
  [EntityKind.Agreement]: "stats/agreements-by-city",
  [EntityKind.Event]: "stats/events-by-city",
};

/** Counts by kind and type and the totals, read in one transaction so the totals match the lists. */
export function graphCounts(db: Database): Promise<GraphCounts> {
  return db.readTx(async tx => {
    const byKind = await run<KeyCount>(tx, "stats/counts-by-kind");
    const byRelationType = await run<KeyCount>(tx, "stats/counts-by-relation-type");
    const [sources] = await run<{ count: number }>(tx, "stats/source-count");
    return {
      byKind,
      byRelationType,
      totalEntities: sum(byKind),
      totalRelations: sum(byRelationType),
      sources: sources?.count ?? 0,
    };
  });
}

/** Figures for dashboards: sizes of the graph, timelines, places and corridors. */
export class StatsService {
  constructor(
    private readonly db: Database,
    private readonly partnership: PartnershipService,
  ) {}

  /** Counts by kind and type and the totals, read in one transaction so the totals match the lists. */
  counts(): Promise<GraphCounts> {
    return graphCounts(this.db);
  }

  /** Agreements or events of the modalities per year (the undated apart) and per city, over links of the modalities. */
  dated(kind: DatedKind, modalities: Modality[]): Promise<DatedCounts> {
    return this.db.readTx(async tx => {
      const years = await run<{ year: number | null; count: number }>(tx, "stats/by-year", { kind, modalities });
      const byCity = cityCounts(await run(tx, BY_CITY[kind], { modalities }));
      const byYear = years.filter((y): y is YearCount => y.year !== null);
      const undated = sum(years.filter(y => y.year === null));
      return { total: sum(years), byYear, undated, byCity };
    });
  }

  /** @throws BadInputError unless 1 ≤ first ≤ MAX_TOP_CITIES */
  async topPartnerCities(first: number, modalities: Modality[]): Promise<CityCount[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_TOP_CITIES) {
      throw new BadInputError("first", `must be between 1 and ${MAX_TOP_CITIES}`);
    }
    const top = await this.partnership.topPartnerCities(first, modalities);
    const rows = await this.db.read<{ entity: StoredEntity }>("entity/by-ids", { ids: top.map(t => t.id) });
    const cities = new Map(rows.map(r => [r.entity.id, toEntity(r.entity)]));
    return top.filter(t => cities.has(t.id)).map(t => ({ city: cities.get(t.id)!, count: t.count }));
  }

  async corridors(): Promise<CorridorSummary[]> {
    const rows = await this.db.read<{ corridor: StoredEntity; memberCount: number; centralCity: StoredEntity | null }>(
      "stats/corridors",
    );
    return rows.map(r => ({
      corridor: toEntity(r.corridor),
      memberCount: r.memberCount,
      centralCity: r.centralCity && toEntity(r.centralCity),
    }));
  }
}
