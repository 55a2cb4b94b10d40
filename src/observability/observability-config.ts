import { DEFAULT_SLOW_QUERY_MS } from "./slow-query-log";

/** What the operator switches on: metrics (and where), and the slow-query threshold. Traces follow OTEL_*. */
export interface ObservabilityConfig {
  /** INNOGRAPH_METRICS=true serves /metrics; off by default, since it tells about the deployment. */
  metrics: boolean;
  /** INNOGRAPH_METRICS_PORT: serve /metrics on its own port (on HOST) instead of the API's. */
  metricsPort: number | undefined;
  /** INNOGRAPH_SLOW_QUERY_MS: statements taking this long or longer are logged. */
  slowQueryMs: number;
}

function port(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new Error(`Environment variable ${name} must be a port number, got "${raw}"`);
  }
  return value;
}

export function observabilityConfig(env: NodeJS.ProcessEnv): ObservabilityConfig {
  const metrics = env.INNOGRAPH_METRICS || "false";
  if (metrics !== "true" && metrics !== "false") {
    throw new Error(`Environment variable INNOGRAPH_METRICS must be true or false, got "${metrics}"`);
  }
  const slow = env.INNOGRAPH_SLOW_QUERY_MS || String(DEFAULT_SLOW_QUERY_MS);
  if (!/^\d+$/.test(slow)) {
    throw new Error(`Environment variable INNOGRAPH_SLOW_QUERY_MS must be a non-negative integer, got "${slow}"`);
  }
  return { metrics: metrics === "true", metricsPort: port(env, "INNOGRAPH_METRICS_PORT"), slowQueryMs: Number(slow) };
}
