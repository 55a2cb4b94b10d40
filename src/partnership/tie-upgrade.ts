import { TieKind } from "../domain/partnership";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { toNumber } from "../neo4j/values";
import { refreshEveryTie } from "./tie-store";

/**
 * A store written before co-attendance was derived on demand holds co-attendance strands in its stored ties:
 * their weights count them, and a question naming co-attendance would count them twice. Such a store has its
 * ties rewritten once, at start; a current store costs one count.
 * @returns how many stored ties carried co-attendance (0: nothing was rewritten).
 */
export async function upgradeStoredTies(db: Database, log: Logger): Promise<number> {
  const [row] = await db.read<{ ties: unknown }>("partnership/stored-kind-count", { kind: TieKind.CO_ATTENDANCE });
  const stale = toNumber(row?.ties ?? 0);
  if (stale === 0) return 0;
  log.info({ ties: stale }, "stored ties hold co-attendance, which is now derived: rewriting every tie once");
  let shown = 0;
  await refreshEveryTie(db, (done, total) => {
    // A line per tenth: a 100k store takes minutes.
    if (done === total || done - shown >= total / 10) {
      shown = done;
      log.info({ done, total }, "rewriting partnership ties");
    }
  });
  return stale;
}
