import { ManagedTransaction, type Session } from "neo4j-driver";
import type { Database } from "./database";

/**
 * Runs `work` and then `cleanup` in one explicit transaction: one session, one connection, so on a cluster
 * one member, the one whose in-memory state (the GDS catalog) `work` changes. When `work` fails, times out
 * or is cancelled, the transaction is rolled back and `cleanup` runs again in the same session, right after,
 * so what `work` left in that member's memory is removed.
 *
 * Not retried on transient errors as managed transactions are: `work` creates state outside the
 * transaction, and a retry could land on another member.
 */
export async function inPinnedTransaction<R>(
  db: Database,
  work: (tx: ManagedTransaction) => Promise<R>,
  cleanup: (tx: ManagedTransaction) => Promise<void>,
): Promise<R> {
  const timeout = db.transactionTimeout();
  const session: Session = db.openSession("READ");
  db.transactions += 1;
  try {
    const tx = await session.beginTransaction({ timeout, metadata: db.transactionMetadata() });
    const managed = ManagedTransaction.fromTransaction(tx);
    try {
      const result = await db.cancellable(() => work(managed));
      await cleanup(managed);
      await tx.commit();
      return result;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session
        .executeRead(cleanup, { timeout: db.options.queryTimeoutMs, metadata: { app: "innograph", cleanup: true } })
        .catch(() => undefined);
      throw db.translateError(err, timeout);
    }
  } finally {
    await session.close();
  }
}
