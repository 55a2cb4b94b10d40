import type { Database } from "../../neo4j/database";
import { plain } from "../../neo4j/values";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record";
import type { RelationType } from "../../domain/relation-type";
import type { EntityKind } from "../../domain/entity-kind";

export type Direction = "OUT" | "IN" | "BOTH";

export interface RelationQuery {
  types: RelationType[];
  direction: Direction;
  kinds: EntityKind[];
}

/** Batch reads behind the per-request DataLoaders: one round trip per batch, never per parent. */
export class EntityRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.db.read<{ entity: unknown }>("entity/by-ids", { ids });
    const byId = new Map(rows.map(r => {
      const e = plain(r.entity) as EntityRecord;
      return [e.id, e];
    }));
    return ids.map(id => byId.get(id) ?? null);
  }

  async sourcesByIds(ids: readonly string[]): Promise<(SourceRecord | null)[]> {
    const rows = await this.db.read<{ source: unknown }>("entity/sources-by-ids", { ids });
    const byId = new Map(rows.map(r => {
      const s = plain(r.source) as SourceRecord;
      return [s.id, s];
    }));
    return ids.map(id => byId.get(id) ?? null);
  }

  /** Several link queries over several parents in one statement; answers in the order of `queries`, then of their ids. */
  async relations(queries: readonly { query: RelationQuery; ids: readonly string[] }[]): Promise<RelationRecord[][][]> {
    const rows = await this.db.read<{ query: number; id: string; type: RelationType; relation: unknown; outgoing: boolean; other: unknown }>(
      "entity/relations",
      { queries: queries.map(({ query: q, ids }, key) => ({ key, ids, types: q.types, direction: q.direction, kinds: q.kinds })) },
    );
    const answers = queries.map(({ ids }) => new Map<string, RelationRecord[]>(ids.map(id => [id, []])));
    for (const row of rows) {
      const rel = plain(row.relation) as Record<string, unknown>;
      const { id, evidence, attributes, sources: _sources, ...properties } = rel;
      answers[Number(row.query)]?.get(row.id)?.push({
        id: String(id),
        selfId: row.id,
        type: row.type,
        outgoing: row.outgoing,
        other: plain(row.other) as EntityRecord,
        properties,
        evidence: (evidence as string[]) ?? [],
        attributes: (attributes as string[]) ?? [],
      });
    }
    return queries.map(({ ids }, i) => ids.map(id => answers[i]!.get(id) ?? []));
  }

  async partners(ids: readonly string[]): Promise<EntityRecord[][]> {
    const rows = await this.db.read<{ id: string; partners: unknown }>("entity/partners", { ids });
    const byId = new Map(rows.map(r => [r.id, plain(r.partners) as EntityRecord[]]));
    return ids.map(id => byId.get(id) ?? []);
  }
}
