import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import type { Logger } from "../logger";

// Apart from tracing.ts, so that only the entry point loads the SDK and the exporter, not every module that
// makes spans: each test file loads those modules anew, and the SDK was a tenth of that time.
export interface Tracing {
  /** Flushes the spans still buffered to the collector, then stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Exports spans over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set; otherwise
 * does nothing. The exporter reads the standard OTEL_EXPORTER_OTLP_* variables (headers, timeout) itself.
 */
export function startTracing(log: Logger, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME || "innograph" }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Registers the AsyncLocalStorage context manager too: a Cypher span finds its GraphQL parent through it.
  provider.register();
  log.info({ endpoint }, "exporting traces over OTLP");
  return { shutdown: () => provider.shutdown() };
}
