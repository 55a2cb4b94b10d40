import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { Extensions } from "type-graphql";

/** Arguments that bound how many items a field answers with, in the order they are looked for. */
export const BOUND_ARGS = ["first", "limit", "k"] as const;

/**
 * Declares the most items a list field without a `first`/`limit` argument answers with. The cost estimate
 * multiplies by it and the service cuts the list there, so the estimate holds. Typed links have the
 * default cap without it.
 */
export const ListCap = (cap: number) => Extensions({ listCap: cap });

/** The value of a field's bounding argument (`first`, `limit`, `k`), when it has one and it is a number. */
export function boundOf(args: Record<string, unknown>): number | undefined {
  for (const name of BOUND_ARGS) {
    // `k` counts the paths of K_SHORTEST only: ALL_SHORTEST answers every shortest path, up to the field's cap.
    if (name === "k" && args.mode !== undefined && args.mode !== "K_SHORTEST") continue;
    const value = args[name];
    if (typeof value === "number") return Math.max(0, value);
  }
  return undefined;
}

export type SizedField = Pick<GraphQLField<unknown, unknown>, "type" | "extensions">;

export const isList = (field: SizedField): boolean => isListType(getNullableType(field.type));

/** A list of scalars or enums (aliases, source ids): it multiplies nothing under it. */
export const isLeafList = (field: SizedField): boolean => isList(field) && isLeafType(getNamedType(field.type));

/**
 * What a list of stored data (an entity's evidence and attributes, a path's steps, a community's members)
 * counts as in the estimate: a typical length, not a cap. Such lists hold what was stored and are not cut;
 * they do not lead to more of the graph by themselves, and the response budget bounds them.
 */
export const DATA_LIST_SIZE = 10;

/**
 * Sizes of list fields. A list's size is its bounding argument (`first`, `limit`, `k`); else, for a typed
 * link (a field marked `@Link`, which leads on into the graph and can nest without end), its declared cap
 * (`@ListCap`) or the default cap; else DATA_LIST_SIZE. Lists inside a type that a bounded field returns (a
 * connection's `nodes`, a graph view's `edges`) are already counted by that field's bound, so they size 1.
 */
export class ListSizes {
  /** Names of the types whose lists the field returning them bounds. */
  readonly boundByParent: ReadonlySet<string>;

  constructor(
    schema: GraphQLSchema,
    readonly defaultCap: number,
  ) {
    const bound = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (
          !isList(field) &&
          isObjectType(named) &&
          field.args.some(a => (BOUND_ARGS as readonly string[]).includes(a.name))
        ) {
          bound.add(named.name);
        }
      }
    }
    this.boundByParent = bound;
  }

  /** The cap the service cuts a list field at when it has no bounding argument; undefined: not cut. */
  capOf(field: SizedField): number | undefined {
    const declared = field.extensions?.listCap;
    if (typeof declared === "number") return declared;
    return field.extensions?.link !== undefined ? this.defaultCap : undefined;
  }

  /**
   * How many times the selection under `field` is answered: the list's size for a list, the bound for a
   * bounded non-list (a connection), 1 otherwise.
   */
  multiplier(parentType: string, field: SizedField, args: Record<string, unknown>): number {
    const bound = boundOf(args);
    if (bound !== undefined) return bound;
    if (!isList(field) || this.boundByParent.has(parentType)) return 1;
    return this.capOf(field) ?? DATA_LIST_SIZE;
  }

  /** Where the answer of a list field is cut: its bound or cap; undefined for a list of stored data. */
  limitOf(parentType: string, field: SizedField, args: Record<string, unknown>): number | undefined {
    if (this.boundByParent.has(parentType)) return undefined;
    return boundOf(args) ?? this.capOf(field);
  }
}

/**
 * Cuts every bounded or capped list of objects at the size the cost estimate gave it, so the estimate holds
 * whatever a resolver returns. Lists a bounded parent already limits (a connection's nodes) are left.
 */
export function enforceListSizes(schema: GraphQLSchema, sizes: ListSizes): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || sizes.boundByParent.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isList(field) || isLeafList(field)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      if (
        sizes.limitOf(type.name, field, {}) === undefined &&
        !field.args.some(a => (BOUND_ARGS as readonly string[]).includes(a.name))
      ) {
        continue;
      }
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const max = sizes.limitOf(type.name, field, args) ?? Infinity;
        const cut = (items: unknown) => (Array.isArray(items) && items.length > max ? items.slice(0, max) : items);
        const result: unknown = resolve(source, args, context, info);
        return result instanceof Promise ? result.then(cut) : cut(result);
      };
    }
  }
}
