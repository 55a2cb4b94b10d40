import http from "node:http";
import express, { type Express, type RequestHandler } from "express";
import type { ObservabilityConfig } from "./observability-config";
import { metricsRegistry, neo4jReachable, startProcessMetrics } from "./metrics";

export interface MetricsEndpoint {
  /** The separate metrics server's address (INNOGRAPH_METRICS_PORT); undefined when off or on the API's port. */
  url: string | undefined;
  stop(): Promise<void>;
}

function scrape(neo4jIsReachable: () => Promise<boolean>): RequestHandler {
  return async (_req, res, next) => {
    try {
      // Pinged at scrape time, so "Neo4j unreachable" can be alerted on even when no request comes in.
      neo4jReachable.set((await neo4jIsReachable()) ? 1 : 0);
      res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
    } catch (err) {
      next(err);
    }
  };
}

/**
 * Serves the Prometheus text format at /metrics when INNOGRAPH_METRICS=true: on the API's own server, or
 * on INNOGRAPH_METRICS_PORT so the API can face users while metrics stay on an internal interface.
 */
export async function serveMetrics(
  app: Express,
  config: ObservabilityConfig,
  host: string,
  neo4jIsReachable: () => Promise<boolean>,
): Promise<MetricsEndpoint> {
  if (!config.metrics) return { url: undefined, stop: async () => {} };
  startProcessMetrics();
  if (config.metricsPort === undefined) {
    app.get("/metrics", scrape(neo4jIsReachable));
    return { url: undefined, stop: async () => {} };
  }
  const own = express();
  own.disable("x-powered-by");
  own.get("/metrics", scrape(neo4jIsReachable));
  const server = http.createServer(own);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.metricsPort, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.metricsPort;
  return {
    url: `http://${host}:${port}/metrics`,
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        // A scraper's kept-alive connection would otherwise hold the close for the 5 s keep-alive timeout.
        server.closeIdleConnections();
      }),
  };
}
