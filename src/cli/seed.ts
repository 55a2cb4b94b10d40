import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../config";
import { logger } from "../logger";
import { Database } from "../neo4j/database";
import { startLocalServer } from "../neo4j/local-server";
import { applySchema } from "../neo4j/schema";
import { seedFilesIn, SeedFileError } from "../seed/seed-file";
import { loadSeedFiles } from "../seed/seed-files";

/** npm run seed [-- --file PATH]: loads seeds/ (or one researcher's file) into the configured Neo4j. */
async function main(): Promise<void> {
  const config = loadConfig();
  const at = process.argv.indexOf("--file");
  const files = at >= 0 ? [path.resolve(process.argv[at + 1] ?? "")] : seedFilesIn(config.seedsDir);
  const local = config.neo4j.uri ? undefined : await startLocalServer(config.local, logger);
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri ?? local!.uri }, logger);
  try {
    await applySchema(db, logger);
    const report = await loadSeedFiles(db, files, config.articlesDir, logger);
    process.stdout.write(`Loaded ${report.files.length} file(s).\nEntities by kind:\n`);
    for (const [k, n] of Object.entries(report.byKind)) process.stdout.write(`  ${k.padEnd(20)} ${n}\n`);
    process.stdout.write("Relations by type:\n");
    for (const [t, n] of Object.entries(report.byRelation)) process.stdout.write(`  ${t.padEnd(20)} ${n}\n`);
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
}

main().catch(err => {
  if (err instanceof SeedFileError) {
    process.stderr.write(`${err.message}\nNothing from the refused file(s) was written.\n`);
  } else {
    logger.fatal({ err }, "seeding failed");
  }
  process.exit(1);
});
