import type { Database } from "../neo4j/database";
import {
  parseAttributes,
  parseEvidence,
  toEntity,
  type EntityRecord,
  type RelationRecord,
  type SourceRecord,
  type StoredEntity,
} from "./entity-record";
import type { StoredMeaning } from "./fact-meaning-record";
import type { RelationType } from "../domain/relation-type";
import { LINKS, type LinkName, type LinkPlan, type RelationQuery } from "./links";

/** A relationship's stored properties; `id` is always set, the lists may be absent. */
export type RelationProperties = Record<string, unknown> &
  StoredMeaning & {
    id: string;
    evidence?: string[] | null;
    attributes?: string[] | null;
    sources?: string[] | null;
    sourceModalities?: string[] | null;
  };

/** A relation as entity/relations.cypher and writes/relation.cypher return it. */
export interface RelationRow {
  type: RelationType;
  relation: RelationProperties;
  outgoing: boolean;
  other: StoredEntity;
}

interface LinkRows {
  key: LinkName;
  rels: (RelationRow & { links?: LinkRows[] })[];
}

/** Relations found for one link of one entity, each with the links found under its other end. */
export interface LinkedRelations {
  link: LinkName;
  selfId: string;
  relations: RelationRecord[];
  under: LinkedRelations[];
}

export interface EntityWithLinks {
  entity: EntityRecord;
  links: LinkedRelations[];
}

const relationParams = (q: RelationQuery) => ({ types: q.types, direction: q.direction, kinds: q.kinds });

export function toRelation(selfId: string, row: RelationRow): RelationRecord {
  const { id, evidence, attributes, sources, sourceModalities, ...properties } = row.relation;
  return {
    id: String(id),
    selfId,
    type: row.type,
    outgoing: row.outgoing,
    other: toEntity(row.other),
    properties,
    evidence: parseEvidence(evidence),
    attributes: parseAttributes(attributes),
    sources: sources ?? [],
    sourceModalities: sourceModalities ?? [],
  };
}

// The order entity/relations.cypher gives: by type, then by the other end's name.
const byTypeThenName = (a: RelationRecord, b: RelationRecord) =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : a.other.name < b.other.name ? -1 : a.other.name > b.other.name ? 1 : 0;

function linksOf(selfId: string, rows: LinkRows[]): LinkedRelations[] {
  return rows.map(({ key, rels }) => {
    const relations = rels.map(r => toRelation(selfId, r));
    return {
      link: key,
      selfId,
      relations: [...relations].sort(byTypeThenName),
      under: rels.flatMap((r, i) => linksOf(relations[i]!.other.id, r.links ?? [])),
    };
  });
}

/** Batch reads behind the per-request DataLoaders: one round trip per batch, never per parent. */
export class EntityRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.db.read<{ entity: StoredEntity }>("entity/by-ids", { ids });
    const byId = new Map(rows.map(r => [r.entity.id, toEntity(r.entity)]));
    return ids.map(id => byId.get(id) ?? null);
  }

  async sourcesByIds(ids: readonly string[]): Promise<(SourceRecord | null)[]> {
    const rows = await this.db.read<{ source: SourceRecord }>("entity/sources-by-ids", { ids });
    const byId = new Map(rows.map(r => [r.source.id, r.source]));
    return ids.map(id => byId.get(id) ?? null);
  }

  /** The article texts of sources, in the order of `ids`; null where none is stored. */
  async sourceTexts(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.read<{ id: string; text: string }>("entity/source-texts-by-ids", { ids });
    const byId = new Map(rows.map(r => [r.id, r.text]));
    return ids.map(id => byId.get(id) ?? null);
  }

  /** Several link queries over several parents in one statement; answers in the order of `queries`, then of their ids. */
  async relations(queries: readonly { query: RelationQuery; ids: readonly string[] }[]): Promise<RelationRecord[][][]> {
    const rows = await this.db.read<RelationRow & { query: number; id: string }>("entity/relations", {
      queries: queries.map(({ query: q, ids }, key) => ({ key, ids, ...relationParams(q) })),
    });
    const answers = queries.map(({ ids }) => new Map<string, RelationRecord[]>(ids.map(id => [id, []])));
    for (const row of rows) answers[row.query]?.get(row.id)?.push(toRelation(row.id, row));
    return queries.map(({ ids }, i) => ids.map(id => answers[i]!.get(id) ?? []));
  }

  /** An entity with the relations a link plan asks for, two levels down, in one statement. */
  async withLinks(id: string, plan: readonly LinkPlan[]): Promise<EntityWithLinks | null> {
    const params = (p: LinkPlan): Record<string, unknown> => ({
      key: p.link,
      parentKinds: p.parentKinds,
      ...relationParams(LINKS[p.link] as RelationQuery),
      sub: p.sub.map(params),
    });
    const [row] = await this.db.read<{ entity: StoredEntity; links: LinkRows[] }>("entity/with-links", {
      id,
      links: plan.map(params),
    });
    if (!row) return null;
    return { entity: toEntity(row.entity), links: linksOf(row.entity.id, row.links) };
  }

  async partners(ids: readonly string[]): Promise<EntityRecord[][]> {
    const rows = await this.db.read<{ id: string; partners: StoredEntity[] }>("entity/partners", { ids });
    const byId = new Map(rows.map(r => [r.id, r.partners.map(toEntity)]));
    return ids.map(id => byId.get(id) ?? []);
  }
}
