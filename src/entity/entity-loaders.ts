import DataLoader from "dataloader";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record";
import type { EntityRepository, LinkedRelations } from "./entity.repository";
import { LINKS, type LinkPlan, type RelationQuery } from "./links";

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

/** The relations of one entity that match a link query. */
export interface RelationsOf {
  query: RelationQuery;
  id: string;
}

const relationsKey = ({ query, id }: RelationsOf) => `${queryKeyOf(query)}|${id}`;

/** Per-request loaders: nested fields of many parents cost one query per field, not one per parent. */
export function createEntityLoaders(repo: EntityRepository) {
  // One loader for every link query: the link fields resolved at one depth (an event's city, agreements
  // and speakers) go out as one statement in one transaction.
  const relations = new DataLoader<RelationsOf, RelationRecord[], string>(
    async keys => {
      const groups = new Map<string, { query: RelationQuery; ids: string[] }>();
      for (const { query, id } of keys) {
        const group = groups.get(queryKeyOf(query));
        if (group) group.ids.push(id);
        else groups.set(queryKeyOf(query), { query, ids: [id] });
      }
      const asked = [...groups.values()];
      const answers = await repo.relations(asked);
      const found = new Map<string, RelationRecord[]>();
      asked.forEach(({ query, ids }, i) =>
        ids.forEach((id, j) => found.set(relationsKey({ query, id }), answers[i]![j]!)),
      );
      return keys.map(key => found.get(relationsKey(key)) ?? []);
    },
    { cacheKeyFn: relationsKey },
  );
  const entityById = new DataLoader<string, EntityRecord | null>(ids => repo.byIds(ids));
  const primeLinks = ({ link, selfId, relations: found, under }: LinkedRelations) => {
    relations.prime({ query: LINKS[link], id: selfId }, found);
    under.forEach(primeLinks);
  };
  return {
    entityById,
    /** The entity, with the links the plan names read in the same statement and left in the relations loader's cache. */
    async entityWithLinks(id: string, plan: LinkPlan[]): Promise<EntityRecord | null> {
      const found = await repo.withLinks(id, plan);
      entityById.prime(id, found?.entity ?? null);
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
