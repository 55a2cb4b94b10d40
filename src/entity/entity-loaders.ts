import DataLoader from "dataloader";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record";
import type { EntityRepository, LinkedRelations, ProjectedQuery } from "./entity.repository";
import { LINKS, type LinkPlan, type RelationQuery } from "./links";
import { NO_PROPERTIES, projectionKey, type Projection } from "./projection";

// Asked once per resolved link field: the LINKS entries are the same objects every time, so their keys are kept.
const queryKeys = new WeakMap<RelationQuery, string>();
function queryKeyOf(q: RelationQuery): string {
  let key = queryKeys.get(q);
  if (key === undefined) {
    key = `${[...q.types].sort().join(",")}|${q.direction}|${[...q.kinds].sort().join(",")}`;
    queryKeys.set(q, key);
  }
  return key;
}

/** The relations of one entity that match a link query, with what to read of each relation and of its other end. */
export interface RelationsOf extends ProjectedQuery {
  id: string;
}

// The same relations read with another projection are another answer: a link field's lack the relationship's evidence.
const groupKey = ({ query, relation, other }: ProjectedQuery) =>
  `${queryKeyOf(query)}|${projectionKey(relation)}|${projectionKey(other)}`;
const relationsKey = (key: RelationsOf) => `${groupKey(key)}|${key.id}`;

/** Per-request loaders: nested fields of many parents cost one query per field, not one per parent. */
export function createEntityLoaders(repo: EntityRepository) {
  // One loader for every link query: the link fields resolved at one depth (an event's city, agreements
  // and speakers) go out as one statement in one transaction.
  const relations = new DataLoader<RelationsOf, RelationRecord[], string>(
    async keys => {
      const groups = new Map<string, ProjectedQuery & { ids: string[] }>();
      for (const key of keys) {
        const group = groups.get(groupKey(key));
        if (group) group.ids.push(key.id);
        else groups.set(groupKey(key), { query: key.query, relation: key.relation, other: key.other, ids: [key.id] });
      }
      const asked = [...groups.values()];
      const answers = await repo.relations(asked);
      const found = new Map<string, RelationRecord[]>();
      asked.forEach((group, i) =>
        group.ids.forEach((id, j) => found.set(relationsKey({ ...group, id }), answers[i]![j]!)),
      );
      return keys.map(key => found.get(relationsKey(key)) ?? []);
    },
    { cacheKeyFn: relationsKey },
  );
  const entityById = new DataLoader<string, EntityRecord | null>(ids => repo.byIds(ids));
  const primeLinks = ({ link, selfId, other, relations: found, under }: LinkedRelations) => {
    relations.prime({ query: LINKS[link], relation: NO_PROPERTIES, other, id: selfId }, found);
    under.forEach(primeLinks);
  };
  return {
    entityById,
    /**
     * The entity (what `entity` projects of it), with the links the plan names read in the same statement
     * and left in the relations loader's cache for the link fields, which project the same.
     */
    async entityWithLinks(id: string, entity: Projection, plan: readonly LinkPlan[]): Promise<EntityRecord | null> {
      const found = await repo.withLinks(id, entity, plan);
      // Only a whole entity may stand for it wherever else the request loads it by id.
      if (entity.all) entityById.prime(id, found?.entity ?? null);
      found?.links.forEach(primeLinks);
      return found?.entity ?? null;
    },
    partners: new DataLoader<string, EntityRecord[]>(ids => repo.partners(ids)),
    sourceById: new DataLoader<string, SourceRecord | null>(ids => repo.sourcesByIds(ids)),
    /** Apart from sourceById: evidence reads sources often, their whole texts only when asked. */
    sourceText: new DataLoader<string, string | null>(ids => repo.sourceTexts(ids)),
    /** The relations of an entity matching a link query, batched with every other link asked at the same depth. */
    relations: relations as Pick<DataLoader<RelationsOf, RelationRecord[], string>, "load">,
  };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
