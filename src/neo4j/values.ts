import neo4j, { isInt, type Integer } from "neo4j-driver";

/** Integers cross into JavaScript here and nowhere else. */
export function toNumber(value: unknown): number {
  if (isInt(value)) {
    const int = value as Integer;
    if (!int.inSafeRange()) throw new Error(`integer ${int.toString()} is outside the safe JavaScript range`);
    return int.toNumber();
  }
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  throw new Error(`expected a number, got ${typeof value}`);
}

/** JavaScript numbers travel as Float; LIMIT, SKIP and integer properties need this. */
export function int(value: number): Integer {
  return neo4j.int(value);
}

/** Converts a record value to plain JSON-able data (Integers to numbers, nodes to their properties). */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return toNumber(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if ("properties" in obj && "labels" in obj) return plain(obj.properties);
    if (
      typeof (obj as { toString?: unknown }).toString === "function" &&
      obj.constructor?.name?.match(/^(Date|DateTime|LocalDateTime|Time|Duration)$/)
    ) {
      return String(obj);
    }
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
