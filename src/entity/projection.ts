import type { StoredEntity } from "./entity-record";

/**
 * What a read returns of an entity or a relationship: the named stored properties, or all of them (`all`).
 * The statements project `[k IN props | n[k]]`, so a query's selection decides what leaves the database, as
 * @neo4j/graphql's projections do; `all` keeps `properties(n)` for answers whose fields are not known here.
 */
export interface Projection {
  all: boolean;
  props: string[];
}

/** Every stored property (the fields asked for are not known, or need the whole record). */
export const ALL_PROPERTIES: Projection = { all: true, props: [] };

/** A link field shows only the entity at the other end: nothing of the relationship itself is read. */
export const NO_PROPERTIES: Projection = { all: false, props: [] };

export function projection(props: Iterable<string>): Projection {
  return { all: false, props: [...new Set(props)].sort() };
}

const keys = new WeakMap<Projection, string>();

/** A stable key for a loader's cache: the same selection gives the same key. */
export function projectionKey(p: Projection): string {
  let key = keys.get(p);
  if (key === undefined) {
    key = p.all ? "*" : p.props.join(",");
    keys.set(p, key);
  }
  return key;
}

/** The properties a statement returned: the whole map when it read them all, else the projected values by name. */
export function projected(
  p: Projection,
  all: Record<string, unknown> | null | undefined,
  values: readonly unknown[] | null | undefined,
): Record<string, unknown> {
  if (p.all) return all ?? {};
  const out: Record<string, unknown> = {};
  p.props.forEach((k, i) => (out[k] = values?.[i] ?? null));
  return out;
}

// A projected entity has no lists: they are read by id when a query asks for them (entity.resolver.ts, withLists).
const WITHOUT_LISTS = { evidence: null, attributes: null, sources: null };

/** An entity as a statement projected it: the whole stored map, or the projected values without its lists. */
export function projectedEntity(
  p: Projection,
  all: StoredEntity | null,
  values: readonly unknown[] | null,
): StoredEntity {
  return p.all ? all! : ({ ...projected(p, all, values), ...WITHOUT_LISTS } as StoredEntity);
}
