import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { Neo4jError } from "neo4j-driver";
import { slowStatements, statementSeconds } from "./metrics";
import { currentRequest } from "../neo4j/request-scope";
import { slowQueryLog } from "./slow-query-log";
import { tracer } from "./tracing";

/**
 * Runs one named Cypher statement inside a span named by its registry name, times it for the metrics and
 * the slow-query log. Every statement innograph runs goes through here (src/neo4j/database.ts).
 */
export async function observeStatement<R extends { records: unknown[] }>(
  name: string,
  params: Record<string, unknown>,
  run: () => Promise<R>,
): Promise<R> {
  return tracer().startActiveSpan(
    name,
    { kind: SpanKind.CLIENT, attributes: { "db.system.name": "neo4j", "innograph.cypher.name": name } },
    async span => {
      const started = performance.now();
      let outcome = "ok";
      let rows: number | undefined;
      try {
        const result = await run();
        rows = result.records.length;
        span.setAttribute("db.response.returned_rows", rows);
        return result;
      } catch (err) {
        outcome = err instanceof Neo4jError ? err.code || "Neo4jError" : "error";
        span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
        throw err;
      } finally {
        const ms = performance.now() - started;
        statementSeconds.observe({ statement: name, outcome }, ms / 1000);
        if (slowQueryLog.record({ statement: name, params, ms, rows, operation: currentRequest()?.operationName })) {
          slowStatements.inc({ statement: name });
        }
        span.end();
      }
    },
  );
}
