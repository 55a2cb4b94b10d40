import type { ManagedTransaction } from "neo4j-driver";
import type { AuditRepository } from "../audit/audit.repository";
import { EntityKind } from "../domain/entity-kind";
import { RelationType } from "../domain/relation-type";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { withRequestScope } from "../neo4j/request-scope";
import { WriteService, type WriteTransactions } from "./write.service";

/** Thrown at the end of a rehearsed write so that its transaction rolls back. */
class Rehearsed extends Error {}

const ENTITY = "innograph-rehearsal-entity";
const SOURCE = "innograph-rehearsal-source";
const REHEARSAL_MS = 120_000;

/**
 * Runs the editors' writes once at start, each in a transaction that is then rolled back, so that nothing is
 * written. Why: a statement is planned inside its transaction, after the locks the write took before it. On a
 * cold server, planning the partnership-tie statements took 2–5 s, and 16 concurrent writers of one new entity
 * waited behind the first one's planning until the 15 s transaction timeout stopped them. Neo4j keys a cached
 * plan by the statement, its parameters' types and whether the transaction has written yet, so only the real
 * write path, run the way a request runs it, caches the plans the first real writes need.
 * Writes of other relationship types and agreements still plan on first use. A server that refuses writes (a
 * read replica, a read-only user) is left alone.
 */
export async function rehearseWrites(db: Database, audit: AuditRepository, log: Logger): Promise<void> {
  const started = Date.now();
  const rollingBack: WriteTransactions = {
    writeTx: work =>
      db.writeTx(async (tx: ManagedTransaction) => {
        await work(tx);
        throw new Rehearsed();
      }, REHEARSAL_MS),
  };
  const writes = new WriteService(rollingBack, "", audit);
  const rehearsed: string[] = [];
  const rehearse = async (name: string, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (err) {
      if (!(err instanceof Rehearsed)) throw err;
    }
    rehearsed.push(name);
  };
  try {
    const [target] = await db.read<{
      source: string | null;
      quote: string | null;
      from: string | null;
      to: string | null;
    }>("writes/rehearsal-targets");
    // As a request runs them: the audit record's actor is a key, not the loader's "system".
    await withRequestScope(
      REHEARSAL_MS,
      new AbortController().signal,
      async () => {
        await rehearse("addSource", () =>
          writes.addSource({ id: SOURCE, title: SOURCE, script: "Hans", text: SOURCE }),
        );
        if (!target?.source || !target.quote) return;
        const evidence = [{ quote: target.quote }];
        await rehearse("upsertEntity", () =>
          writes.upsertEntity(target.source!, { id: ENTITY, kind: EntityKind.Enterprise, name: ENTITY, evidence }),
        );
        if (!target.from || !target.to) return;
        await rehearse("upsertRelation", () =>
          writes.upsertRelation(target.source!, {
            type: RelationType.COOPERATES_WITH,
            from: target.from!,
            to: target.to!,
            evidence,
          }),
        );
      },
      { actor: { keyId: ENTITY, role: "editor" } },
    );
    log.info({ ms: Date.now() - started, rehearsed }, "write path planned (rehearsed and rolled back)");
  } catch (err) {
    log.info({ err, rehearsed }, "the write rehearsal stopped; the first writes will plan their statements themselves");
  }
}
