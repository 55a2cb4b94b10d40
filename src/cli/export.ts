import "reflect-metadata";
import cliProgress from "cli-progress";
import { loadConfig } from "../config";
import { exportGraph, type ExportReport } from "../export/export.service";
import { ExportError } from "../export/stored-fact";
import { logger } from "../logger";
import { Database } from "../neo4j/database";
import { startLocalServer } from "../neo4j/local-server";
import { cliOption } from "./cli-option";

const DEFAULT_PAGE_SIZE = 1_000;

function pageSize(): number {
  const given = cliOption("page-size") ?? process.env.INNOGRAPH_EXPORT_PAGE_SIZE;
  const n = Number(given ?? DEFAULT_PAGE_SIZE);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) {
    throw new ExportError(
      `--page-size (or INNOGRAPH_EXPORT_PAGE_SIZE) must be an integer from 1 to 100000, not "${given}"`,
    );
  }
  return n;
}

function printReport(r: ExportReport, ms: number): void {
  process.stdout.write(
    `Exported ${r.files.length} source(s) to ${r.dir}: ${r.entities} entity record(s), ${r.relations} relation record(s), ` +
      `${(r.bytes / 1024).toFixed(1)} kB, in ${(ms / 1000).toFixed(1)} s.\n` +
      `Load it into an empty database with: npm run seed -- --dir ${r.dir}\n`,
  );
  if (r.withoutText.length) {
    process.stdout.write(
      `No stored text (loads only where the articles directory has the file): ${r.withoutText.join(", ")}\n`,
    );
  }
  if (r.conflicting.length) {
    process.stdout.write(
      `Loaded again after later sources (some lists reload in another order): ${r.conflicting.join(", ")}\n`,
    );
  }
}

/**
 * `npm run export [-- --dir DIR] [--source src-a,src-b] [--page-size N]`: writes the configured database's
 * sources and facts as seed files (seeds/FORMAT.md) into DIR (default exports/<time>).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dir = cliOption("dir") ?? `exports/${new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19)}`;
  const sources = cliOption("source")?.split(",").filter(Boolean);
  const size = pageSize();
  const local = config.neo4j.uri ? undefined : await startLocalServer(config.local, logger);
  const db = new Database({ ...config.neo4j, ...local?.credentials, uri: config.neo4j.uri ?? local!.uri }, logger);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: "exporting [{bar}] {value}/{total} sources | {file}", stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  try {
    const started = Date.now();
    let begun = false;
    const report = await exportGraph(db, {
      dir,
      sources,
      pageSize: size,
      progress: (done, total, file) => {
        if (!begun) bar?.start(total, 0, { file });
        begun = true;
        bar?.update(done, { file });
      },
    });
    bar?.stop();
    printReport(report, Date.now() - started);
  } finally {
    bar?.stop();
    await db.close();
    if (local?.startedHere) await local.stop();
  }
}

main().catch(err => {
  process.stderr.write(`export failed: ${(err as Error).message}\n`);
  process.exit(1);
});
