import { loadConfig } from "../config";
import { logger } from "../logger";
import { dumpLocal } from "../neo4j/admin-tool";
import { cliOption } from "./cli-option";

/**
 * `npm run backup [-- --dir backups/NAME]`: dumps the local server's database with neo4j-admin, stopping the
 * server for the dump and starting it again if it was running. A remote server is backed up by its operator.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    throw new Error("NEO4J_URI is set: back that server up with its own tools (see README, Backup and restore)");
  }
  const dir = cliOption("dir") ?? `backups/${new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19)}`;
  const file = await dumpLocal(config.local, logger, config.neo4j.database, dir);
  process.stdout.write(`wrote ${file}\n`);
}

main().catch(err => {
  process.stderr.write(`backup failed: ${(err as Error).message}\n`);
  process.exit(1);
});
