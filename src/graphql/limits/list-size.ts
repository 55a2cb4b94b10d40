import { defaultFieldResolver, getNamedType, getNullableType, isLeafType, isListType, isObjectType, type GraphQLField, type GraphQLSchema } from "graphql";
import { Extensions } from "type-graphql";

/** Arguments that bound how many items a field answers with, in the order they are looked for. */
const BOUND_ARGS = ["first", "limit", "k"] as const;

/**
 * Declares the most items a list field without a `first`/`limit` argument answers with. The cost estimate
 * multiplies by it and the service cuts the list there, so the estimate holds.
 */
export const ListCap = (cap: number) => Extensions({ listCap: cap });

/** The value of a field's bounding argument (`first`, `limit`, `k`), when it has one and it is a number. */
export function boundOf(args: Record<string, unknown>): number | undefined {
  for (const name of BOUND_ARGS) {
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
 * Sizes of list fields. A list's size is its bounding argument, else its declared cap (`@ListCap`), else the
 * default cap. Lists inside a type that a bounded field returns (a connection's `nodes`, a graph view's
 * `edges`) are already counted by that field's bound, so they size 1 there.
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
        if (!isList(field) && isObjectType(named) && field.args.some(a => (BOUND_ARGS as readonly string[]).includes(a.name))) bound.add(named.name);
      }
    }
    this.boundByParent = bound;
  }

  /** The cap the service enforces on a list field that has no bounding argument. */
  capOf(field: SizedField): number {
    const declared = field.extensions?.listCap;
    return typeof declared === "number" ? declared : this.defaultCap;
  }

  /**
   * How many times the selection under `field` is answered: the list's size for a list, the bound for a
   * bounded non-list (a connection), 1 otherwise.
   */
  multiplier(parentType: string, field: SizedField, args: Record<string, unknown>): number {
    const bound = boundOf(args);
    if (bound !== undefined) return bound;
    if (!isList(field) || this.boundByParent.has(parentType)) return 1;
    return this.capOf(field);
  }
}

/**
 * Cuts every list of objects at the size the cost estimate gave it (its bound or cap), so the estimate
 * holds whatever a resolver returns. Lists a bounded parent already limits (a connection's nodes) are left.
 */
export function enforceListSizes(schema: GraphQLSchema, sizes: ListSizes): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || sizes.boundByParent.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isList(field) || isLeafList(field)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const max = sizes.multiplier(type.name, field, args);
        const cut = (items: unknown) => (Array.isArray(items) && items.length > max ? items.slice(0, max) : items);
        const result: unknown = resolve(source, args, context, info);
        return result instanceof Promise ? result.then(cut) : cut(result);
      };
    }
  }
}
