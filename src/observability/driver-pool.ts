import type { Driver } from "neo4j-driver";
import { Gauge } from "prom-client";
import { metricsRegistry } from "./metrics";

/** The parts of the driver's connection pool that are read; keyed by server address. */
interface PoolInternals {
  _maxSize?: number;
  _pools?: Record<string, { length?: number }>;
  _activeResourceCounts?: Record<string, number>;
  _acquireRequests?: Record<string, { length?: number }>;
}

export interface PoolStats {
  inUse: number;
  idle: number;
  waiting: number;
  maxSize: number;
}

const drivers = new Set<Driver>();

/**
 * neo4j-driver has no public API for its pool, so these figures are read from its internals
 * (`_connectionProvider._connectionPool`); a driver version that renames them reports zeros, never fails.
 */
export function poolStats(driver: Driver): PoolStats {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: PoolInternals } })
    ._connectionProvider;
  const pool = provider?._connectionPool;
  const sum = (values: Record<string, number> | undefined) =>
    Object.values(values ?? {}).reduce((a, b) => a + (Number(b) || 0), 0);
  // Idle connections sit in a pool object per address with a `length`; waiting requests in arrays.
  const lengths = (values: Record<string, { length?: number }> | undefined) =>
    Object.values(values ?? {}).reduce((a, b) => a + (Number(b?.length) || 0), 0);
  return {
    inUse: sum(pool?._activeResourceCounts),
    idle: lengths(pool?._pools),
    waiting: lengths(pool?._acquireRequests),
    maxSize: pool?._maxSize ?? 0,
  };
}

/** Reports the driver's pool on every scrape until `untrackPool`; one driver per process in production. */
export function trackPool(driver: Driver): void {
  drivers.add(driver);
}

export function untrackPool(driver: Driver): void {
  drivers.delete(driver);
}

function total(): PoolStats {
  const all = [...drivers].map(poolStats);
  return {
    inUse: all.reduce((a, s) => a + s.inUse, 0),
    idle: all.reduce((a, s) => a + s.idle, 0),
    waiting: all.reduce((a, s) => a + s.waiting, 0),
    maxSize: all.reduce((a, s) => a + s.maxSize, 0),
  };
}

new Gauge({
  name: "innograph_neo4j_pool_connections",
  help: "Bolt connections in the driver's pool, in use or idle",
  labelNames: ["state"] as const,
  registers: [metricsRegistry],
  collect() {
    const stats = total();
    this.set({ state: "in_use" }, stats.inUse);
    this.set({ state: "idle" }, stats.idle);
  },
});

new Gauge({
  name: "innograph_neo4j_pool_waiting",
  help: "Sessions waiting for a connection from a full pool (above 0 for long: overload)",
  registers: [metricsRegistry],
  collect() {
    this.set(total().waiting);
  },
});

new Gauge({
  name: "innograph_neo4j_pool_max_size",
  help: "The pool's maximum size",
  registers: [metricsRegistry],
  collect() {
    this.set(total().maxSize);
  },
});
