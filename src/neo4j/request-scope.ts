import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { Span } from "@opentelemetry/api";
import type { Actor } from "../audit/audit-entry";

/**
 * The request a database call runs for: its id (in every transaction's metadata, so its transactions can
 * be found and stopped), its deadline, and a signal that fires when the client goes away or the deadline
 * passes. Carried through async calls, so services and repositories need not pass it on.
 */
export interface RequestScope {
  id: string;
  deadline: number;
  signal: AbortSignal;
  /** Who the request is from, once its key is checked; writes record it. */
  actor?: Actor;
  /** The operation's name, "anonymous" for an unnamed one; unset until Apollo has resolved it. */
  operationName?: string;
  /** The request's GraphQL span (a no-op span when tracing is off). */
  span?: Span;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const currentRequest = (): RequestScope | undefined => storage.getStore();

/**
 * Runs `work` (and everything it starts) inside a new request scope. One scope per request carries all the
 * database layer may know of it, so no repository signature has to carry it.
 */
export function withRequestScope<R>(
  timeoutMs: number,
  signal: AbortSignal,
  work: () => R,
  known: Pick<RequestScope, "operationName" | "span" | "actor"> = {},
): R {
  return storage.run({ ...known, id: randomUUID(), deadline: Date.now() + timeoutMs, signal }, work);
}

/** What is left of the current request's time, capped by `timeoutMs`; `timeoutMs` outside a request. */
export function remainingMs(timeoutMs: number): number {
  const scope = currentRequest();
  if (!scope) return timeoutMs;
  return Math.max(1, Math.min(timeoutMs, scope.deadline - Date.now()));
}

/** Remembers who the current request is from, for the audit records of its writes. */
export function setActor(actor: Actor): void {
  const scope = currentRequest();
  if (scope) scope.actor = actor;
}
