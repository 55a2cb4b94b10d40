import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { LocalServerConfig } from "../config";
import type { Logger } from "../logger";
import { instancePaths, startLocalServer, stopLocalServer } from "./local-server";
import { ensureRuntime } from "./runtime";

/**
 * Runs `neo4j-admin` (its main class: Maven publishes no launcher script) on the local instance, with the
 * instance's own configuration, so it reads and writes the same data directory the server uses.
 */
async function neo4jAdmin(
  cfg: LocalServerConfig,
  log: Logger,
  args: string[],
  opts: { heap?: string; logFile?: string } = {},
): Promise<void> {
  const p = instancePaths(cfg);
  if (!fs.existsSync(path.join(p.conf, "neo4j.conf"))) {
    throw new Error(`no local instance "${cfg.instance}" under ${p.root}; start it once first`);
  }
  const runtime = await ensureRuntime(cfg.home, log);
  const java = path.join(cfg.javaHome, "bin", "java");
  const out = opts.logFile ? fs.openSync(opts.logFile, "a") : "inherit";
  try {
    const child = spawn(
      java,
      [
        `-Xmx${opts.heap ?? "512m"}`,
        "-cp",
        `${runtime.plugins}/*:${runtime.lib}/*`,
        "org.neo4j.cli.AdminTool",
        ...args,
      ],
      {
        cwd: p.root,
        env: { ...process.env, NEO4J_HOME: p.root, NEO4J_CONF: p.conf },
        stdio: ["ignore", out, out],
      },
    );
    const code = await new Promise<number | null>(resolve => child.once("exit", resolve));
    if (code !== 0) {
      const tail = opts.logFile ? `:\n${fs.readFileSync(opts.logFile, "utf8").split("\n").slice(-60).join("\n")}` : "";
      throw new Error(`neo4j-admin ${args.slice(0, 2).join(" ")} failed (exit ${code})${tail}`);
    }
  } finally {
    if (typeof out === "number") fs.closeSync(out);
  }
}

/**
 * Builds `database` of the stopped local instance from CSV files (`neo4j-admin database import full`),
 * replacing whatever store it had: the caller has checked it was empty. Its output goes to `logFile`.
 */
export async function importLocal(
  cfg: LocalServerConfig,
  log: Logger,
  database: string,
  args: string[],
  logFile: string,
): Promise<void> {
  await neo4jAdmin(
    cfg,
    log,
    ["database", "import", "full", "--verbose", ...args, "--overwrite-destination=true", database],
    // The importer keeps its large structures off the heap; the heap holds its batches.
    { heap: cfg.heap, logFile },
  );
}

/**
 * Runs `work` with the local server stopped (dump and load need the database offline in Community
 * edition), then starts it again if it was running.
 */
async function offline(cfg: LocalServerConfig, log: Logger, work: () => Promise<void>): Promise<void> {
  const wasRunning = await stopLocalServer(cfg, log);
  try {
    await work();
  } finally {
    if (wasRunning) {
      log.info("starting the local Neo4j again");
      await startLocalServer(cfg, log);
    }
  }
}

/** Dumps `database` of the local instance to `<dir>/<database>.dump`. */
export async function dumpLocal(cfg: LocalServerConfig, log: Logger, database: string, dir: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  await offline(cfg, log, () =>
    neo4jAdmin(cfg, log, [
      "database",
      "dump",
      database,
      `--to-path=${path.resolve(dir)}`,
      "--overwrite-destination=true",
    ]),
  );
  return path.join(path.resolve(dir), `${database}.dump`);
}

/** Replaces `database` of the local instance with `<dir>/<database>.dump`. */
export async function loadLocal(cfg: LocalServerConfig, log: Logger, database: string, dir: string): Promise<void> {
  const file = path.join(path.resolve(dir), `${database}.dump`);
  if (!fs.existsSync(file)) throw new Error(`no dump at ${file}`);
  await offline(cfg, log, () =>
    neo4jAdmin(cfg, log, [
      "database",
      "load",
      database,
      `--from-path=${path.resolve(dir)}`,
      "--overwrite-destination=true",
    ]),
  );
}
