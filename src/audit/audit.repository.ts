import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { run, type Database } from "../neo4j/database";
import { currentRequest } from "../neo4j/request-scope";
import { int } from "../neo4j/values";
import type { AuditEntryRecord, WriteTargets } from "./audit-entry";

/** The only code that writes and reads the audit log. */
export class AuditRepository {
  constructor(private readonly db: Database) {}

  /**
   * Records `operation` by the current request's actor on `targets`, in the write's own transaction, so a
   * write and its record commit or vanish together. Outside a request (the seed loader) the actor is "system".
   */
  async record(tx: ManagedTransaction, operation: string, targets: WriteTargets): Promise<void> {
    const actor = currentRequest()?.actor;
    await run(tx, "audit/record", {
      id: randomUUID(),
      keyId: actor?.keyId ?? null,
      role: actor?.role ?? "system",
      operation,
      entityIds: targets.entityIds ?? [],
      sourceIds: targets.sourceIds ?? [],
      relations: (targets.relations ?? []).map(({ type, from, to }) => ({ type, from, to })),
      scenes: targets.scenes ?? [],
    });
  }

  async list(first: number, before: string | null): Promise<AuditEntryRecord[]> {
    const rows = await this.db.read<{ entry: AuditEntryRecord }>("audit/list", { first: int(first), before });
    return rows.map(r => r.entry);
  }
}
