import neo4j, { type Driver, type ManagedTransaction, type RecordShape, Neo4jError } from "neo4j-driver";
import { ServiceUnavailableError, TimeoutError } from "../errors";
import type { Logger } from "../logger";
import { trackPool, untrackPool } from "../observability/driver-pool";
import { transactionMetadata } from "../observability/request-scope";
import { observeStatement } from "../observability/statement-observer";
import { cypher } from "./cypher-registry";

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

const CONNECT_MS = 3_000;
const RETRY_MS = 2_000;
const ACQUIRE_MS = 10_000;
// The driver reports an exhausted pool with code "N/A"; only its message tells it apart.
const POOL_EXHAUSTED = /Connection acquisition timed out/;

/** One driver per process; every call is a managed transaction with a timeout, running a named statement. */
export class Database {
  readonly driver: Driver;
  /** Transactions begun since start: lets tests and benchmarks see how many round trips a request costs. */
  transactions = 0;

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

  /** Runs the named statement in a read transaction and returns its records as plain objects. */
  async read<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    return this.readTx(tx => run<T>(tx, name, params));
  }

  async write<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    return this.writeTx(tx => run<T>(tx, name, params));
  }

  /** For statements that manage their own transactions (CALL { } IN TRANSACTIONS, schema commands). */
  async autoCommit(name: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await observeStatement(name, params, () => session.run(cypher.get(name), params));
    } catch (err) {
      throw this.translate(err, this.options.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Several statements in one read transaction (the work may run more than once on transient failures). */
  readTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    return this.session("READ", work, timeoutMs);
  }

  writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    return this.session("WRITE", work, timeoutMs);
  }

  private async session<R>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    const timeout = timeoutMs ?? this.options.queryTimeoutMs;
    this.transactions += 1;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { timeout, metadata: { app: "innograph", ...transactionMetadata() } };
    try {
      return mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw this.translate(err, timeout);
    } finally {
      await session.close();
    }
  }

  /** Database failures become client-facing codes here and nowhere else. */
  private translate(err: unknown, timeoutMs: number): unknown {
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

export async function run<T extends RecordShape = RecordShape>(tx: ManagedTransaction, name: string, params: Params = {}): Promise<T[]> {
  const result = await observeStatement(name, params, () => tx.run<T>(cypher.get(name), params));
  return result.records.map(r => r.toObject());
}
