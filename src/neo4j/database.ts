import { setTimeout } from "node:timers/promises";
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type RecordShape,
  type Session,
  Neo4jError,
} from "neo4j-driver";
import { AppError, ErrorCode, ServiceUnavailableError, TimeoutError } from "../errors";
import type { Logger } from "../logger";
import { trackPool, untrackPool } from "../observability/driver-pool";
import { observeStatement } from "../observability/statement-observer";
import { cypher } from "./cypher-registry";
import { plainRecord } from "./values";
import { currentRequest, remainingMs } from "./request-scope";

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export type Params = Record<string, unknown>;

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
  // 5.26 reports a transaction stopped by its timeout while it waits for a lock as a client error.
  "Neo.ClientError.Transaction.LockClientStopped",
]);

// A transaction the service stopped itself (its request was cancelled or ran out of time).
const TERMINATED = new Set(["Neo.TransientError.Transaction.Terminated", "Neo.ClientError.Transaction.Terminated"]);
// Writers of the same entities at once. Two creating the same node: the loser's MERGE hits the uniqueness
// constraint; run again, it finds the winner's node. Two waiting for each other's locks (refreshing the ties
// between the same entities): Neo4j stops one. The driver retries the latter only within RETRY_MS, which a
// queue of writers outlasts, so both are run again here, after a random pause that breaks the tie.
const CONTENDED = new Set([
  "Neo.ClientError.Schema.ConstraintValidationFailed",
  "Neo.TransientError.Transaction.DeadlockDetected",
]);
const CONTENDED_ATTEMPTS = 5;
const CONTENDED_PAUSE_MS = 250;

/** A write that kept losing races for the same node; nothing of it was written. */
export class ConflictError extends AppError {
  constructor() {
    super(ErrorCode.CONFLICT, "another write changed the same entity at the same time; nothing was written, try again");
  }
}

const CONNECT_MS = 3_000;
const RETRY_MS = 2_000;
const RETRY_PAUSE_MS = 100;
const ACQUIRE_MS = 10_000;
// The driver reports an exhausted pool with code "N/A"; only its message tells it apart.
const POOL_EXHAUSTED = /Connection acquisition timed out/;

/**
 * One driver per process; every call runs named statements with a timeout: a single-statement read as an
 * auto-commit transaction, anything else as a managed one.
 */
export class Database {
  readonly driver: Driver;
  /** Transactions begun since start: lets tests and benchmarks see how many round trips a request costs. */
  transactions = 0;
  /**
   * Read-your-writes on a cluster: every session of this process starts from the bookmarks of the writes it
   * has seen, so a read routed to a secondary waits until that member has applied them. One server or many,
   * the code path is the same.
   */
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(
    readonly options: DatabaseOptions,
    private readonly log: Logger,
  ) {
    const auth = options.password ? neo4j.auth.basic(options.username, options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      // Fail fast when Neo4j is gone: a refused connection is retried for at most RETRY_MS, and a
      // black-holed one gives up after CONNECT_MS, so a request ends with SERVICE_UNAVAILABLE in about
      // five seconds instead of hanging. The pool reconnects on its own when Neo4j is back. Waiting for
      // a busy pool is overload, not an outage: it may take longer (ACQUIRE_MS) before being refused.
      connectionAcquisitionTimeout: ACQUIRE_MS,
      connectionTimeout: CONNECT_MS,
      maxTransactionRetryTime: RETRY_MS,
      userAgent: "innograph",
    });
    trackPool(this.driver);
  }

  /**
   * Runs the named statement in a read transaction and returns its records as plain data (values.ts converts
   * every value); `T` is the row shape the statement's header gives.
   */
  async read<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    // One statement needs no transaction of its own: an auto-commit read is one message and one round trip,
    // where a managed one sends BEGIN, RUN and COMMIT and waits twice (in a loop on this machine, 0.9-1.9 ms
    // of this process's CPU a read became 0.5 ms). A transient failure is retried for up to RETRY_MS, as the
    // driver retries a managed transaction.
    const started = Date.now();
    const timeout = this.transactionTimeout();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.autoCommitRead<T>(name, params, timeout);
      } catch (err) {
        const waited = Date.now() - started;
        if (!neo4j.isRetryableError(err) || waited >= RETRY_MS) throw this.translateError(err, timeout);
        await setTimeout(Math.min(RETRY_PAUSE_MS * 2 ** (attempt - 1), RETRY_MS - waited));
      }
    }
  }

  private async autoCommitRead<T extends RecordShape>(name: string, params: Params, timeout: number): Promise<T[]> {
    this.transactions += 1;
    const session = this.openSession("READ");
    const config = { timeout, metadata: this.transactionMetadata() };
    try {
      const result = await this.cancellable(() =>
        observeStatement(name, params, () => session.run(cypher.get(name), params, config)),
      );
      return result.records.map(r => plainRecord<T>(r.toObject()));
    } finally {
      await session.close();
    }
  }

  async write<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    return this.writeTx(tx => run<T>(tx, name, params));
  }

  /**
   * For statements that manage their own transactions (CALL { } IN TRANSACTIONS, schema commands). Without
   * `timeoutMs` the server's transaction timeout applies to the whole statement, every inner transaction included.
   */
  async autoCommit(name: string, params: Params = {}, timeoutMs?: number): Promise<void> {
    const session = this.openSession("WRITE");
    try {
      const config = timeoutMs === undefined ? undefined : { timeout: timeoutMs };
      await observeStatement(name, params, () => session.run(cypher.get(name), params, config));
    } catch (err) {
      throw this.translateError(err, timeoutMs ?? this.options.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * A session on the configured database, routed by access mode (READ to a secondary on a cluster) and
   * chained to this process's earlier writes by their bookmarks.
   */
  openSession(mode: "READ" | "WRITE"): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  /** Several statements in one read transaction (the work may run more than once on transient failures). */
  readTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    return this.session("READ", work, timeoutMs);
  }

  writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    return this.session("WRITE", work, timeoutMs);
  }

  private async session<R>(
    mode: "READ" | "WRITE",
    work: (tx: ManagedTransaction) => Promise<R>,
    timeoutMs?: number,
  ): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(mode, work, timeoutMs);
      } catch (err) {
        if (!(err instanceof Neo4jError && CONTENDED.has(err.code) && mode === "WRITE")) throw err;
        if (attempt === CONTENDED_ATTEMPTS) throw new ConflictError();
        await setTimeout(Math.random() * CONTENDED_PAUSE_MS * attempt);
      }
    }
  }

  private async once<R>(
    mode: "READ" | "WRITE",
    work: (tx: ManagedTransaction) => Promise<R>,
    timeoutMs?: number,
  ): Promise<R> {
    const timeout = this.transactionTimeout(timeoutMs);
    this.transactions += 1;
    const session = this.openSession(mode);
    const config = { timeout, metadata: this.transactionMetadata() };
    try {
      return await this.cancellable(() =>
        mode === "READ" ? session.executeRead(work, config) : session.executeWrite(work, config),
      );
    } catch (err) {
      if (err instanceof Neo4jError && CONTENDED.has(err.code)) throw err;
      throw this.translateError(err, timeout);
    } finally {
      await session.close();
    }
  }

  /** A transaction's timeout: the configured one, or what is left of the request's time if that is less. */
  transactionTimeout(timeoutMs?: number): number {
    return remainingMs(timeoutMs ?? this.options.queryTimeoutMs);
  }

  /**
   * Tags every transaction with its request, so a cancelled request's transactions can be found and stopped,
   * and with its GraphQL operation, so an operator reading Neo4j's query log or `SHOW TRANSACTIONS` can tell
   * which operation a slow transaction belongs to.
   */
  transactionMetadata(): Record<string, string> {
    const scope = currentRequest();
    return {
      app: "innograph",
      ...(scope ? { request: scope.id } : {}),
      ...(scope?.operationName ? { graphqlOperation: scope.operationName } : {}),
    };
  }

  /**
   * Runs `work`; if the request is cancelled or runs out of time meanwhile, its transactions are
   * terminated on the server (the driver alone would leave them running) and the request's reason is thrown.
   */
  async cancellable<R>(work: () => Promise<R>): Promise<R> {
    const scope = currentRequest();
    if (!scope) return work();
    if (scope.signal.aborted) throw scope.signal.reason;
    const stop = () => void this.terminate(scope.id);
    scope.signal.addEventListener("abort", stop, { once: true });
    try {
      return await work();
    } catch (err) {
      throw scope.signal.aborted && err instanceof Neo4jError && TERMINATED.has(err.code) ? scope.signal.reason : err;
    } finally {
      scope.signal.removeEventListener("abort", stop);
    }
  }

  private async terminate(request: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.run(cypher.get("request/terminate-transactions"), { request });
    } catch (err) {
      this.log.warn({ err, request }, "could not stop a cancelled request's transactions");
    } finally {
      await session.close();
    }
  }

  /** Database failures become client-facing codes here and nowhere else. */
  translateError(err: unknown, timeoutMs: number): unknown {
    if (err instanceof Neo4jError) {
      if (UNAVAILABLE.has(err.code)) {
        this.log.warn({ code: err.code, err: err.message }, "neo4j unavailable");
        return new ServiceUnavailableError();
      }
      if (TIMED_OUT.has(err.code)) return new TimeoutError(timeoutMs);
      if (POOL_EXHAUSTED.test(err.message)) {
        this.log.warn({ err: err.message }, "neo4j connection pool exhausted");
        return new ServiceUnavailableError("the service is overloaded; try again shortly");
      }
    }
    return err;
  }

  async close(): Promise<void> {
    untrackPool(this.driver);
    await this.driver.close();
  }
}

/** Runs the named statement in the caller's transaction; its records come back as plain data, like `read`'s. */
export async function run<T extends RecordShape = RecordShape>(
  tx: Pick<ManagedTransaction, "run">,
  name: string,
  params: Params = {},
): Promise<T[]> {
  const result = await observeStatement(name, params, () => tx.run(cypher.get(name), params));
  return result.records.map(r => plainRecord<T>(r.toObject()));
}
