import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * Every innograph metric, in one registry of its own (not prom-client's global one, so a library that
 * registers metrics there cannot collide with ours). Instruments always record, which costs nanoseconds;
 * only the `/metrics` endpoint and the process collectors are switched on by INNOGRAPH_METRICS.
 */
export const metricsRegistry = new Registry();
const registers = [metricsRegistry];

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const requests = new Counter({
  name: "innograph_graphql_requests_total",
  help: "GraphQL requests by operation name and outcome (ok, or the first error's code)",
  labelNames: ["operation", "outcome"] as const,
  registers,
});

export const requestSeconds = new Histogram({
  name: "innograph_graphql_request_duration_seconds",
  help: "GraphQL request latency by operation name and outcome",
  labelNames: ["operation", "outcome"] as const,
  buckets: SECONDS,
  registers,
});

export const operationCost = new Histogram({
  name: "innograph_graphql_operation_cost",
  help: "Cost of GraphQL operations (graphql-armor's count), accepted or refused",
  labelNames: ["verdict"] as const,
  buckets: [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 20000, 50000, 100000],
  registers,
});

export const operationDepth = new Histogram({
  name: "innograph_graphql_operation_depth",
  help: "Depth of GraphQL operations, accepted or refused",
  labelNames: ["verdict"] as const,
  buckets: [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24],
  registers,
});

export const statementSeconds = new Histogram({
  name: "innograph_neo4j_statement_duration_seconds",
  help: "Cypher statements run in Neo4j transactions, by registry name and outcome (ok or the Neo4j error code)",
  labelNames: ["statement", "outcome"] as const,
  buckets: SECONDS,
  registers,
});

export const slowStatements = new Counter({
  name: "innograph_neo4j_slow_statements_total",
  help: "Statements over INNOGRAPH_SLOW_QUERY_MS, by registry name",
  labelNames: ["statement"] as const,
  registers,
});

export const gdsRuns = new Counter({
  name: "innograph_gds_runs_total",
  help: "GDS algorithm runs by algorithm and outcome",
  labelNames: ["algorithm", "outcome"] as const,
  registers,
});

export const gdsSeconds = new Histogram({
  name: "innograph_gds_run_duration_seconds",
  help: "GDS runs (projection unless one is kept for the scope, algorithm, drop unless it is kept) by algorithm",
  labelNames: ["algorithm"] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
  registers,
});

export const gdsKeptProjectionRuns = new Counter({
  name: "innograph_gds_runs_on_kept_projection_total",
  help: "GDS runs that used a projection kept from an earlier run on the same scope instead of projecting, by algorithm",
  labelNames: ["algorithm"] as const,
  registers,
});

const SIZES = [10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

export const gdsProjectedNodes = new Histogram({
  name: "innograph_gds_projected_nodes",
  help: "Nodes in the graph a GDS run used (projected for it, or kept from an earlier run on the same scope), by algorithm",
  labelNames: ["algorithm"] as const,
  buckets: SIZES,
  registers,
});

export const gdsProjectedRelationships = new Histogram({
  name: "innograph_gds_projected_relationships",
  help: "Relationships in the graph a GDS run used (projected for it, or kept from an earlier run on the same scope), by algorithm",
  labelNames: ["algorithm"] as const,
  buckets: SIZES,
  registers,
});

export const seedLoads = new Counter({
  name: "innograph_seed_loads_total",
  help: "Seed and extraction loads (one call of the loader over one or more files), by outcome",
  labelNames: ["outcome"] as const,
  registers,
});

export const seedRecords = new Counter({
  name: "innograph_seed_records_total",
  help: "Records written by completed seed loads, by kind (entities, relations)",
  labelNames: ["kind"] as const,
  registers,
});

export const seedSeconds = new Histogram({
  name: "innograph_seed_load_duration_seconds",
  help: "Seed load duration, validation included",
  buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600],
  registers,
});

export const neo4jReachable = new Gauge({
  name: "innograph_neo4j_reachable",
  help: "1 when Neo4j answered a ping at scrape time, 0 when it did not",
  registers,
});

let processMetricsOn = false;

/** Heap, RSS, event-loop lag, GC and handles (prom-client's process collectors, prefixed innograph_). */
export function startProcessMetrics(): void {
  if (processMetricsOn) return;
  processMetricsOn = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: "innograph_", eventLoopMonitoringPrecision: 20 });
}

export const loadSheddingState = new Gauge({
  name: "innograph_load_shedding",
  help: "1 while new requests are turned away (503) because the heap is over INNOGRAPH_SHED_HEAP_MB, else 0",
  registers,
});

export const requestsShed = new Counter({
  name: "innograph_requests_shed_total",
  help: "Requests turned away with 503 because the heap was over its threshold",
  registers,
});
