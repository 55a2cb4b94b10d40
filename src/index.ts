import "reflect-metadata";
import { loadConfig } from "./config";
import { startInnograph } from "./innograph";
import { logger } from "./logger";
import { startTracing } from "./observability/trace-export";

async function main(): Promise<void> {
  const config = loadConfig();
  // Before anything runs, so the first request is traced too; undefined without OTEL_EXPORTER_OTLP_ENDPOINT.
  const tracing = startTracing(logger);
  const app = await startInnograph(config, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests, closing the driver");
    app
      .stop()
      .then(() => tracing?.shutdown())
      .then(
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
