import { trace, type Tracer } from "@opentelemetry/api";

export const TRACER_NAME = "innograph";

/**
 * The tracer innograph's spans come from. Until a provider is registered (startTracing in trace-export.ts, or
 * a test's own) the API hands out a no-op tracer, so spans cost nothing when tracing is off.
 */
export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}
