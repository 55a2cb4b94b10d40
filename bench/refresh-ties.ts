/**
 * npm run bench:refresh-ties -- [--nodes 100000]
 *
 * Brings every partnership tie of the bench-<N> graph up to date with the loader's own batched writer
 * (tie-store.ts refreshEveryTie, one transaction per 1,000 entities), for a store whose facts were loaded
 * before the ties were kept or under older tie rules. Shows progress and prints how long it took.
 */
import cliProgress from "cli-progress";
import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { Database } from "../src/neo4j/database";
import { applySchema } from "../src/neo4j/schema";
import { refreshEveryTie } from "../src/partnership/tie-store";
import { benchNeo4jConfig, startBenchNeo4j } from "./bench-env";
import { positiveNumber } from "./cli-options";

async function main(): Promise<void> {
  const nodes = positiveNumber("nodes", 100_000);
  const log = createLogger(process.env.LOG_LEVEL || "warn");
  const config = loadConfig();
  const server = await startBenchNeo4j(benchNeo4jConfig(nodes, config.local, process.env), log);
  const db = new Database(
    {
      ...config.neo4j,
      uri: server.uri,
      username: process.env.NEO4J_USERNAME ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      // The participants of every entity are read in one transaction; a refresh of the whole graph is not interactive.
      queryTimeoutMs: 60 * 60_000,
    },
    log,
  );
  try {
    await applySchema(db, log);
    const bar = new cliProgress.SingleBar(
      {
        format: "ties [{bar}] {value}/{total} entities | {duration_formatted}",
        stream: process.stderr,
        // Also into a log file: a line every 10 s.
        noTTYOutput: true,
        notTTYSchedule: 10_000,
      },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let begun = false;
    let entities = 0;
    await refreshEveryTie(db, (done, total) => {
      entities = total;
      if (!begun) bar.start(total, 0);
      begun = true;
      bar.update(done);
    });
    bar.stop();
    const [count] = await db.read<{ n: number }>("bench/tie-count");
    process.stdout.write(
      `refresh-ties: ${entities} entities, ${Number(count?.n ?? 0)} PARTNERS_WITH, ${((Date.now() - started) / 60_000).toFixed(1)} min\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch(err => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
