import "reflect-metadata";
import { loadConfig } from "./config";
import { startInnograph } from "./innograph";
import { logger } from "./logger";

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startInnograph(config, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests, closing the driver");
    app.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      err => {
        logger.error({ err }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch(err => {
  logger.fatal({ err }, "innograph failed to start");
  process.exit(1);
});
