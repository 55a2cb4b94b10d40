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
async function neo4jAdmin(cfg: LocalServerConfig, log: Logger, args: string[]): Promise<void> {
  const p = instancePaths(cfg);
  if (!fs.existsSync(path.join(p.conf, "neo4j.conf"))) {
    throw new Error(`no local instance "${cfg.instance}" under ${p.root}; start it once first`);
  }
  const runtime = await ensureRuntime(cfg.home, log);
  const java = path.join(cfg.javaHome, "bin", "java");
  const child = spawn(
    java,
    ["-Xmx512m", "-cp", `${runtime.plugins}/*:${runtime.lib}/*`, "org.neo4j.cli.AdminTool", ...args],
    {
      cwd: p.root,
      env: { ...process.env, NEO4J_HOME: p.root, NEO4J_CONF: p.conf },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const code = await new Promise<number | null>(resolve => child.once("exit", resolve));
  if (code !== 0) throw new Error(`neo4j-admin ${args.slice(0, 2).join(" ")} failed (exit ${code})`);
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
