import { AsyncLocalStorage } from "node:async_hooks";

/** What a transaction tells Neo4j about the request it serves (shown by SHOW TRANSACTIONS and in the query log). */
export interface RequestMetadata {
  /** The GraphQL operation's name; absent for anonymous operations. */
  operationName?: string;
}

const requests = new AsyncLocalStorage<RequestMetadata>();

/**
 * Runs `work` with a record that every transaction begun inside it carries as metadata. The record is
 * shared, not copied, so what is learnt later in the request (the operation name) still reaches them.
 */
export function withRequestMetadata<R>(metadata: RequestMetadata, work: () => R): R {
  return requests.run(metadata, work);
}

/** The record of the request being served, if any: to fill in as the request is understood. */
export function currentRequestMetadata(): RequestMetadata | undefined {
  return requests.getStore();
}
