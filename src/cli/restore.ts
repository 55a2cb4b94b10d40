import { loadConfig } from "../config";
import { logger } from "../logger";
import { loadLocal } from "../neo4j/admin-tool";
import { cliOption } from "./cli-option";

/** `npm run restore -- --dir backups/NAME`: replaces the local server's database with a dump made by `npm run backup`. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    throw new Error("NEO4J_URI is set: restore that server with its own tools (see README, Backup and restore)");
  }
  const dir = cliOption("dir");
  if (!dir) throw new Error("--dir DIR is required: the directory `npm run backup` wrote");
  await loadLocal(config.local, logger, config.neo4j.database, dir);
  process.stdout.write(`restored ${config.neo4j.database} from ${dir}\n`);
}

main().catch(err => {
  process.stderr.write(`restore failed: ${(err as Error).message}\n`);
  process.exit(1);
});
