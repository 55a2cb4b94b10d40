/**
 * Load for one (query kind, way, concurrency): autocannon against a GraphQL endpoint, or a loop of
 * driver calls with the same number of workers. Both record every request's latency, so p50/p95/p99
 * are computed the same way for the three ways.
 */
import type { EventEmitter } from "node:events";
import autocannon from "autocannon";
import type { QueryKind, RawDb, Vars } from "./bench-kinds";
import { mulberry32 } from "../src/generate/prng";

export interface Measured {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  firstError?: string;
  /** Answers the kind judged empty (only kinds that say what empty is). */
  empty?: number;
  /** The way cannot ask this question at all (@neo4j/graphql and the partnership questions). */
  inexpressible?: boolean;
}

export interface Bound {
  connections: number;
  seconds: number;
  /** A fixed number of requests instead of a duration. */
  requests?: number;
}

/** Each way draws the same inputs in the same order: the generator's seeded PRNG. */
export const seeded = mulberry32;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runHttp(
  url: string,
  kind: QueryKind,
  build: (v: Vars) => { query: string; variables: Vars },
  bound: Bound,
  seed: number,
): Promise<Measured> {
  const rng = seeded(seed);
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let empty = 0;
  let firstError: string | undefined;
  const started = Date.now();
  // Without a callback autocannon returns its run tracker, an EventEmitter that is also thenable.
  const instance = autocannon({
    url,
    connections: bound.connections,
    ...(bound.requests ? { amount: bound.requests } : { duration: bound.seconds }),
    timeout: 120,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: req => ({ ...req, body: JSON.stringify(build(kind.next(rng))) }),
        onResponse: (status: number, body: string) => {
          // HTTP 200 can still carry GraphQL errors.
          if (status !== 200 || body.includes('"errors"')) {
            graphqlErrors += 1;
            firstError ??= `${status} ${body.slice(0, 300)}`;
          } else if (kind.empty?.http((JSON.parse(body) as { data?: unknown }).data)) empty += 1;
        },
      },
    ],
  }) as unknown as EventEmitter & Promise<autocannon.Result>;
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    latencies.push(responseTime),
  );
  const result = await instance;
  // In duration mode autocannon drops the requests still running when the time is up.
  const seconds = bound.requests ? (Date.now() - started) / 1000 : bound.seconds;
  return {
    requests: latencies.length,
    errors: graphqlErrors + result.errors + result.timeouts,
    seconds,
    latencies,
    ...(kind.empty ? { empty } : {}),
    firstError:
      firstError ??
      (result.errors + result.timeouts > 0 ? `${result.errors} socket errors, ${result.timeouts} timeouts` : undefined),
  };
}

export async function runRaw(db: RawDb, kind: QueryKind, bound: Bound, seed: number): Promise<Measured> {
  const rng = seeded(seed);
  const latencies: number[] = [];
  let errors = 0;
  let empty = 0;
  let issued = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + bound.seconds * 1000;
  const more = () => (bound.requests ? issued < bound.requests : performance.now() < deadline);
  const worker = async () => {
    while (more()) {
      issued += 1;
      const v = kind.next(rng);
      const t = performance.now();
      try {
        const answer = await kind.raw(db, v);
        if (kind.empty?.raw(answer)) empty += 1;
        // As autocannon does, a request still running when the time is up is not counted (but is awaited,
        // so it does not slow the next run down).
        if (bound.requests || performance.now() <= deadline) latencies.push(performance.now() - t);
      } catch (err) {
        errors += 1;
        firstError ??= (err as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: bound.connections }, worker));
  const seconds = bound.requests ? (performance.now() - started) / 1000 : bound.seconds;
  return { requests: latencies.length, errors, seconds, latencies, firstError, ...(kind.empty ? { empty } : {}) };
}
