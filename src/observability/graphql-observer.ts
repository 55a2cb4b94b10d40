import type { ApolloServerPlugin } from "@apollo/server";
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { getOperationAST } from "graphql";
import { operationLabel } from "./label-values";
import { operationCost, operationDepth, requests, requestSeconds } from "./metrics";
import { measuredLimits } from "./query-limits-observer";
import { currentRequest } from "../neo4j/request-scope";
import { tracer } from "./tracing";

/**
 * Opens the request's scope and its GraphQL span around Apollo's handler, so that every statement the
 * request runs (awaited from inside it) sees both: the Cypher spans become children of this span.
 */
export function observeGraphQLRequests(): RequestHandler {
  return (_req, res, next) => {
    const span = tracer().startSpan("graphql", {
      kind: SpanKind.SERVER,
      attributes: { "graphql.operation.name": "anonymous" },
    });
    // "close" comes after the response is sent, and also when the client goes away first.
    res.once("close", () => span.end());
    // The request's scope (src/http/request-scope.ts, mounted before this) carries the span to the database layer.
    const scope = currentRequest();
    if (scope) scope.span = span;
    context.with(trace.setSpan(context.active(), span), next);
  };
}

/** Names the span and the request scope after the operation, and counts the request when it is answered. */
export function observabilityPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ operationName, operation }) {
          const scope = currentRequest();
          const name = operationName ?? "anonymous";
          const type = operation?.operation ?? "query";
          if (scope) scope.operationName = name;
          scope?.span?.updateName(`${type} ${name}`);
          scope?.span?.setAttributes({ "graphql.operation.name": name, "graphql.operation.type": type });
        },
        async willSendResponse({ response, document, operationName, request }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = errors?.length ? (typeof code === "string" ? code : "INTERNAL_SERVER_ERROR") : "ok";
          // A refused operation never reaches didResolveOperation: its name is read from the document.
          const name =
            operationName ??
            (document ? getOperationAST(document, request.operationName)?.name?.value : request.operationName);
          const labels = { operation: operationLabel(name), outcome };
          requests.inc(labels);
          requestSeconds.observe(labels, (performance.now() - started) / 1000);
          const limits = measuredLimits(document);
          if (limits.cost) operationCost.observe({ verdict: limits.cost.verdict }, limits.cost.n);
          if (limits.depth) operationDepth.observe({ verdict: limits.depth.verdict }, limits.depth.n);
          const span = currentRequest()?.span;
          span?.setAttribute("innograph.outcome", outcome);
          if (outcome !== "ok") span?.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
        },
      };
    },
  };
}
