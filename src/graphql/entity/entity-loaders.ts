import DataLoader from "dataloader";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record";
import type { EntityRepository, RelationQuery } from "./entity.repository";

/** Per-request loaders: nested fields of many parents cost one query per field, not one per parent. */
export function createEntityLoaders(repo: EntityRepository) {
  const relationLoaders = new Map<string, DataLoader<string, RelationRecord[]>>();
  return {
    entityById: new DataLoader<string, EntityRecord | null>(ids => repo.byIds(ids)),
    partners: new DataLoader<string, EntityRecord[]>(ids => repo.partners(ids)),
    sourceById: new DataLoader<string, SourceRecord | null>(ids => repo.sourcesByIds(ids)),
    /** One loader per distinct (types, direction, kinds), batching over the parent ids. */
    relations(q: RelationQuery): DataLoader<string, RelationRecord[]> {
      const key = `${[...q.types].sort().join(",")}|${q.direction}|${[...q.kinds].sort().join(",")}`;
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, RelationRecord[]>(ids => repo.relations(ids, q));
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
