import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../config";
import { logger } from "../logger";
import { Database } from "../neo4j/database";
import { startLocalServer } from "../neo4j/local-server";
import { applySchema } from "../neo4j/schema";
import { upgradeStoredTies } from "../partnership/tie-upgrade";
import { bulkLoad, BulkLoadRefused, type BulkReport } from "../seed/bulk-load";
import { seedFilesIn, SeedFileError } from "../seed/seed-file";
import { loadSeedFiles, type SeedReport } from "../seed/seed-files";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? path.resolve(process.argv[at + 1] ?? "") : undefined;
}

function printReport(report: SeedReport, elapsedMs: number): void {
  const perSecond = (n: number, ms: number) => Math.round((n / Math.max(ms, 1)) * 1000).toLocaleString("en-US");
  process.stdout.write(`Loaded ${report.files.length} file(s).\nEntities by kind:\n`);
  for (const [k, n] of Object.entries(report.byKind)) process.stdout.write(`  ${k.padEnd(20)} ${n}\n`);
  process.stdout.write("Relations by type:\n");
  for (const [t, n] of Object.entries(report.byRelation)) process.stdout.write(`  ${t.padEnd(20)} ${n}\n`);
  process.stdout.write(
    `Elapsed ${(elapsedMs / 1000).toFixed(1)} s (validation ${(report.validateMs / 1000).toFixed(1)} s, writing ${(report.writeMs / 1000).toFixed(1)} s); ` +
      `${report.records.toLocaleString("en-US")} records, ${report.relations.toLocaleString("en-US")} relationships.\n` +
      `Writing: ${perSecond(report.records, report.writeMs)} records/s, ${perSecond(report.relations, report.writeMs)} relationships/s; ` +
      `overall: ${perSecond(report.relations, elapsedMs)} relationships/s.\n`,
  );
  const { phases } = report;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(9);
  const relationsMs = [...phases.relationsMs.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    "Where the time went (row preparation overlaps the statements):\n" +
      `  validation                  ${seconds(report.validateMs)}\n` +
      `  reading files again         ${seconds(phases.rereadMs)}\n` +
      `  preparing rows (Node)       ${seconds(phases.prepareMs)}\n` +
      `  entity statements           ${seconds(phases.entitiesMs)}\n` +
      `  relationship statements     ${seconds(relationsMs)}\n` +
      [...phases.relationsMs]
        .sort((a, b) => b[1] - a[1])
        .map(([type, ms]) => `    ${type.padEnd(24)}${seconds(ms)}\n`)
        .join("") +
      `  partnership ties            ${seconds(phases.tiesMs)}\n` +
      `  commits                     ${seconds(phases.commitMs)}\n`,
  );
}

function printBulkReport(report: BulkReport): void {
  const { ms } = report;
  const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`.padStart(9);
  const perSecond = Math.round((report.relationships / Math.max(ms.total, 1)) * 1000).toLocaleString("en-US");
  process.stdout.write(
    `Bulk-loaded ${report.files} file(s), ${report.sources} source(s), ${report.records.toLocaleString("en-US")} records: ` +
      `${Object.values(report.byKind)
        .reduce((a, b) => a + b, 0)
        .toLocaleString("en-US")} entities, ` +
      `${report.relationships.toLocaleString("en-US")} relationships; the counts match the validated files.\n` +
      `Elapsed ${seconds(ms.total).trim()}: ${perSecond} relationships/s end to end.\n` +
      `  validation                ${seconds(ms.validate)}\n` +
      `  merge (${report.partitions} partitions)`.padEnd(27) +
      `${seconds(ms.merge)}\n` +
      `  writing CSVs              ${seconds(ms.csv)}\n` +
      `  stop and neo4j-admin import ${seconds(ms.import)}\n` +
      `  restart                   ${seconds(ms.restart)}\n` +
      `  schema, empty lists       ${seconds(ms.schema)}\n` +
      `  partnership ties          ${seconds(ms.ties)}\n` +
      `Loader peak memory (RSS): ${(report.maxRssBytes / 2 ** 20).toFixed(0)} MB.\n`,
  );
}

/**
 * npm run seed [-- --file PATH | --dir DIR] [--bulk]: loads seeds/ (or a researcher's file, or a directory of
 * files) into the configured Neo4j; --bulk builds an empty local database with neo4j-admin import instead.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const file = option("--file");
  const dir = option("--dir");
  const files = file ? [file] : seedFilesIn(dir ?? config.seedsDir);
  if (process.argv.includes("--bulk")) {
    printBulkReport(await bulkLoad(config, files, logger));
    return;
  }
  const local = config.neo4j.uri ? undefined : await startLocalServer(config.local, logger);
  const db = new Database({ ...config.neo4j, ...local?.credentials, uri: config.neo4j.uri ?? local!.uri }, logger);
  try {
    await applySchema(db, logger);
    await upgradeStoredTies(db, logger);
    const started = Date.now();
    const report = await loadSeedFiles(db, files, config.articlesDir, logger);
    printReport(report, Date.now() - started);
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
}

main().catch(err => {
  if (err instanceof SeedFileError) {
    process.stderr.write(`${err.message}\nNothing from the refused file(s) was written.\n`);
  } else if (err instanceof BulkLoadRefused) {
    process.stderr.write(`${err.message}\nNothing was written.\n`);
  } else {
    logger.fatal({ err }, "seeding failed");
  }
  process.exit(1);
});
