import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
  isUnboundRelationship,
  type Integer,
  type RecordShape,
} from "neo4j-driver";

/** What a record value is once converted: JSON-able data, with no driver type left in it. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Integers cross into JavaScript here and nowhere else. */
export function toNumber(value: unknown): number {
  if (isInt(value)) {
    if (!value.inSafeRange()) throw new Error(`integer ${value.toString()} is outside the safe JavaScript range`);
    return value.toNumber();
  }
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return toNumber(neo4j.int(value));
  throw new Error(`expected a number, got ${typeof value}`);
}

/** JavaScript numbers travel as Float; LIMIT, SKIP and integer properties need this. */
export function int(value: number): Integer {
  return neo4j.int(value);
}

/** A parameter as a log may show it: an integer that is out of the safe range loses digits instead of failing. */
export function loggableNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "bigint" || isInt(value)) return Number(value);
  return undefined;
}

const isTemporal = (v: unknown) =>
  isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v);

/**
 * Converts a record value to plain data: Integers to numbers (refusing an unsafe one), temporal values to
 * their ISO text, nodes and relationships to their properties, a path to its nodes' and
 * relationships' properties, lists and maps item by item. Statements return property maps, so these are
 * the shapes every caller needs.
 */
export function plain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
  if (isInt(value) || typeof value === "bigint") return toNumber(value);
  if (isTemporal(value)) return String(value);
  if (isNode(value) || isRelationship(value) || isUnboundRelationship(value)) return plain(value.properties);
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map(s => s.end)].map(plain),
      relationships: value.segments.map(s => plain(s.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  throw new Error(`cannot convert a ${typeof value} from the database`);
}

/**
 * A record with its values converted. `T` is the shape the statement's header says it returns; the one
 * assumption that Cypher keeps its promise is made here, once, rather than by a cast at every caller.
 */
export function plainRecord<T extends RecordShape>(record: RecordShape): T {
  return plain(record) as T;
}
