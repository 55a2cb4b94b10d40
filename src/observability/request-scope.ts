import { AsyncLocalStorage } from "node:async_hooks";
import type { Span } from "@opentelemetry/api";

/** What the database layer may know about the GraphQL request it is working for. */
export interface RequestScope {
  /** The operation's name, "anonymous" for an unnamed one; unset until Apollo has resolved it. */
  operationName?: string;
  /** The request's GraphQL span (a no-op span when tracing is off). */
  span?: Span;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `work` (and everything it awaits) inside a fresh request scope. The database layer reads the scope
 * rather than taking the operation as an argument, so no repository signature has to carry it.
 */
export function withRequestScope<R>(scope: RequestScope, work: () => R): R {
  return storage.run(scope, work);
}

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * Neo4j transaction metadata for the current request: it appears in Neo4j's query log and in
 * `SHOW TRANSACTIONS`, so an operator can tell which GraphQL operation a slow transaction belongs to.
 */
export function transactionMetadata(): Record<string, string> {
  const operation = currentRequest()?.operationName;
  return operation ? { graphqlOperation: operation } : {};
}
