import DataLoader from "dataloader";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record";
import type { EntityRepository, LinkedRelations } from "./entity.repository";
import { LINKS, type LinkPlan, type RelationQuery } from "./links";

// Ids are ascii (FORMAT.md), so a control character cannot occur in them.
const KEY_SEPARATOR = "\u0001";

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

/** Per-request loaders: nested fields of many parents cost one query per field, not one per parent. */
export function createEntityLoaders(repo: EntityRepository) {
  const queries = new Map<string, RelationQuery>();
  // One loader for every link query: the link fields resolved at one depth (an event's city, agreements
  // and speakers) go out as one statement in one transaction.
  const relations = new DataLoader<string, RelationRecord[]>(async keys => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [queryKey, id] = key.split(KEY_SEPARATOR) as [string, string];
      const ids = groups.get(queryKey);
      if (ids) ids.push(id);
      else groups.set(queryKey, [id]);
    }
    const asked = [...groups].map(([queryKey, ids]) => ({ queryKey, query: queries.get(queryKey)!, ids }));
    const answers = await repo.relations(asked);
    const byKey = new Map<string, RelationRecord[]>();
    asked.forEach(({ queryKey, ids }, i) => ids.forEach((id, j) => byKey.set(queryKey + KEY_SEPARATOR + id, answers[i]![j]!)));
    return keys.map(key => byKey.get(key) ?? []);
  });
  const entityById = new DataLoader<string, EntityRecord | null>(ids => repo.byIds(ids));
  const primeLinks = ({ link, selfId, relations: found, under }: LinkedRelations) => {
    const q = LINKS[link] as RelationQuery;
    const queryKey = queryKeyOf(q);
    queries.set(queryKey, q);
    relations.prime(queryKey + KEY_SEPARATOR + selfId, found);
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
    /** The relations of an entity matching a link query, batched with every other link asked at the same depth. */
    relations(q: RelationQuery): Pick<DataLoader<string, RelationRecord[]>, "load"> {
      const queryKey = queryKeyOf(q);
      queries.set(queryKey, q);
      return { load: (id: string) => relations.load(queryKey + KEY_SEPARATOR + id) };
    },
  };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
