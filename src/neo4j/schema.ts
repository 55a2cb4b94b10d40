import type { Logger } from "../logger";
import { cypher } from "./cypher-registry";
import type { Database } from "./database";

/** Applies every cypher/schema/* statement in name order; each is idempotent (IF NOT EXISTS). */
export async function applySchema(db: Database, log: Logger): Promise<void> {
  const names = cypher.names().filter(n => n.startsWith("schema/"));
  // Schema commands cannot share a transaction with writes, so each runs on its own.
  for (const name of names) await db.autoCommit(name);
  log.info({ statements: names.length }, "schema applied");
}
