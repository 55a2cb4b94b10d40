import type { Logger } from "../logger";
import { loggableNumber } from "../neo4j/values";

export const DEFAULT_SLOW_QUERY_MS = 500;
const MAX_STRING = 60;
const MAX_ITEMS = 10;
const MAX_DEPTH = 3;
// Parameter names that may hold credentials or key material: their values are never logged.
const SECRET = /pass(word)?|secret|token|credential|api[-_]?key|salt|hash|authorization/i;

/** A parameter value as it may appear in a log: short strings, short lists, no secrets. */
export function loggableValue(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined || typeof value === "boolean") return value;
  const number = loggableNumber(value);
  if (number !== undefined) return number;
  if (typeof value === "string") {
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…(${value.length} chars)` : value;
  }
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map(v => loggableValue(v, depth + 1));
    return value.length > MAX_ITEMS ? [...shown, `…(${value.length} items)`] : shown;
  }
  if (typeof value === "object") return loggableParams(value as Record<string, unknown>, depth + 1);
  return String(value);
}

export function loggableParams(params: Record<string, unknown>, depth = 0): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, SECRET.test(k) ? "[redacted]" : loggableValue(v, depth)]),
  );
}

export interface SlowStatement {
  statement: string;
  params: Record<string, unknown>;
  ms: number;
  rows: number | undefined;
  operation: string | undefined;
}

/** Logs statements over the threshold, once each run; configured by the service at start. */
class SlowQueryLog {
  thresholdMs = DEFAULT_SLOW_QUERY_MS;
  private log: Logger | undefined;

  configure(thresholdMs: number, log: Logger): void {
    this.thresholdMs = thresholdMs;
    this.log = log;
  }

  /** True when the statement was slow (and so was logged, if a logger is configured). */
  record(s: SlowStatement): boolean {
    if (s.ms < this.thresholdMs) return false;
    this.log?.warn(
      {
        statement: s.statement,
        params: loggableParams(s.params),
        ms: Math.round(s.ms),
        rows: s.rows,
        operation: s.operation ?? null,
        thresholdMs: this.thresholdMs,
      },
      "slow query",
    );
    return true;
  }
}

export const slowQueryLog = new SlowQueryLog();
