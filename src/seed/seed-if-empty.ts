import type { Config } from "../config";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { graphCounts } from "../stats/stats.service";
import { seedFilesIn } from "./seed-file";
import { loadSeedFiles } from "./seed-files";

/** The first start on an empty graph loads the curated seeds, so the service answers at once. */
export async function seedIfEmpty(
  db: Database,
  config: Pick<Config, "seedsDir" | "articlesDir">,
  log: Logger,
): Promise<void> {
  const { sources } = await graphCounts(db);
  if (sources > 0) {
    log.info({ sources }, "graph already holds sources; not seeding");
    return;
  }
  log.info({ dir: config.seedsDir }, "empty graph: loading the curated seeds");
  const report = await loadSeedFiles(db, seedFilesIn(config.seedsDir), config.articlesDir, log);
  log.info({ byKind: report.byKind, byRelation: report.byRelation }, "seed graph loaded");
}
