import type { Logger } from "../logger";
import { toNumber } from "../neo4j/values";
import type { Services } from "../services";
import { seedFilesIn } from "./seed-file";
import { loadSeedFiles } from "./seed-files";

/** The first start on an empty graph loads the curated seeds, so the service answers at once. */
export async function seedIfEmpty(services: Services, log: Logger): Promise<void> {
  const [row] = await services.db.read<{ sources: unknown }>("seed/source-count");
  if (row && toNumber(row.sources) > 0) {
    log.info({ sources: toNumber(row.sources) }, "graph already holds sources; not seeding");
    return;
  }
  log.info({ dir: services.config.seedsDir }, "empty graph: loading the curated seeds");
  const report = await loadSeedFiles(services.db, seedFilesIn(services.config.seedsDir), services.config.articlesDir, log);
  log.info({ byKind: report.byKind, byRelation: report.byRelation }, "seed graph loaded");
}
