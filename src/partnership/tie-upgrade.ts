import { TieKind } from "../domain/partnership";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { toNumber } from "../neo4j/values";
import { refreshEveryTie } from "./tie-store";

/**
 * Two kinds of store written by earlier versions have their ties rewritten once, at start; a current store
 * costs one pass over its ties:
 * - one that holds co-attendance strands, from before co-attendance was derived on demand: their weights count
 *   them, and a question naming co-attendance would count them twice;
 * - one whose ties and strands carry no evidence kind: an implied fact's tie would read as stated.
 * @returns how many stored ties were stale (0: nothing was rewritten).
 */
export async function upgradeStoredTies(db: Database, log: Logger): Promise<number> {
  const [row] = await db.read<{ coAttendance: unknown; noEvidenceKind: unknown }>("partnership/stale-tie-counts", {
    kind: TieKind.CO_ATTENDANCE,
  });
  const coAttendance = toNumber(row?.coAttendance ?? 0);
  const noEvidenceKind = toNumber(row?.noEvidenceKind ?? 0);
  const stale = Math.max(coAttendance, noEvidenceKind);
  if (stale === 0) return 0;
  log.info(
    { coAttendance, noEvidenceKind },
    "stored ties hold co-attendance (now derived) or lack evidence kinds: rewriting every tie once",
  );
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
