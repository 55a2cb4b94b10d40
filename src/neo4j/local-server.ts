import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j, { type AuthToken } from "neo4j-driver";
import type { LocalServerConfig } from "../config";
import type { Logger } from "../logger";
import { cypher } from "./cypher-registry";
import {
  credentialsForRunning,
  DEFAULT_PASSWORD,
  finishLocalAuth,
  instanceRoot,
  LOCAL_USER,
  prepareLocalAuth,
  readLocalPassword,
  type LocalCredentials,
} from "./local-password";
import { GDS_PROCEDURES } from "./gds-procedures";
import { ensureRuntime, type Runtime } from "./runtime";

/** A Neo4j Community server with GDS that innograph runs itself on 127.0.0.1 when no NEO4J_URI is given. */
export interface LocalServer {
  uri: string;
  pid: number;
  dataDir: string;
  /** How to log in: the generated password kept in the instance folder (see local-password.ts). */
  credentials: LocalCredentials | undefined;
  /** False when an already running server of the same instance was reused: then we must not stop it. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export interface InstancePaths {
  root: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  consoleLog: string;
}

export function instancePaths(cfg: LocalServerConfig): InstancePaths {
  const root = instanceRoot(cfg);
  return {
    root,
    conf: path.join(root, "conf"),
    data: path.join(root, "data"),
    logs: path.join(root, "logs"),
    run: path.join(root, "run"),
    pidFile: path.join(root, "neo4j.pid"),
    consoleLog: path.join(root, "logs", "console.log"),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A pid file can outlive a reboot; only trust it when that pid is really our Neo4j for this instance. */
function isOurNeo4j(pid: number, root: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("CommunityEntryPoint") && cmdline.includes(root);
  } catch {
    return true; // no /proc (not Linux): fall back to the liveness check
  }
}

function readPid(file: string): number | undefined {
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function writeConf(cfg: LocalServerConfig, p: InstancePaths, runtime: Runtime, authEnabled: boolean): void {
  const lines = [
    "server.default_listen_address=127.0.0.1",
    "server.bolt.enabled=true",
    `server.bolt.listen_address=127.0.0.1:${cfg.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${cfg.boltPort}`,
    "server.bolt.tls_level=DISABLED",
    "server.http.enabled=false",
    "server.https.enabled=false",
    // Loopback only, but any local user or process could otherwise read and write the whole graph.
    `dbms.security.auth_enabled=${authEnabled}`,
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.run=${p.run}`,
    `server.directories.import=${path.join(p.root, "import")}`,
    `server.directories.plugins=${runtime.plugins}`,
    `server.directories.transaction.logs.root=${path.join(p.data, "transactions")}`,
    `server.memory.pagecache.size=${cfg.pageCache}`,
    "dbms.security.procedures.unrestricted=gds.*",
    `dbms.security.procedures.allowlist=${GDS_PROCEDURES.join(",")}`,
    "dbms.usage_report.enabled=false",
    "db.transaction.timeout=120s",
    // Community edition has no incremental backup to replay old transaction logs, and the default keeps
    // two days of them: 44 GB after loading the 1M-node network onto a 5 GB store.
    "db.tx_log.rotation.retention_policy=1G size",
    ...(cfg.disposable
      ? [
          // Bolt waits 5 s for its connections and 5 s more for its threads on the way down: 10 of the 12 s a
          // test instance took to stop, waiting for clients that closed their drivers before asking it to.
          "internal.server.bolt.connection_shutdown_wait_time=0s",
          "internal.server.bolt.thread_pool_shutdown_wait_time=0s",
          // Replanning on changed statistics is for a store that grows over days. A test store is tiny, so every
          // file's writes made the cached plans stale, and each was compiled again (about 1 s for a partnership
          // statement on this JVM, once per concurrent caller).
          "dbms.cypher.min_replan_interval=1h",
          // The planner sizes list parameters in buckets (1, up to 10, up to 100, ...) and keeps one plan per
          // bucket: a seed batch of 1 relation and one of 2 were two compilations of the same statement. On a
          // test store estimates do not matter, and compiling is most of what a test JVM does.
          "internal.cypher.use_parameter_size=false",
          // Expressions evaluated often enough are compiled to bytecode, which pays off over hours, not in a test
          // run that then loads and JIT-compiles those classes as well.
          "internal.cypher.expression_engine=INTERPRETED",
        ]
      : []),
  ];
  fs.writeFileSync(path.join(p.conf, "neo4j.conf"), `${lines.join("\n")}\n`);
}

function javaArgs(cfg: LocalServerConfig, p: InstancePaths, runtime: Runtime): string[] {
  // Started directly (not through the neo4j launcher script, which Maven does not publish),
  // so the flags the launcher would derive from neo4j.conf are given here.
  return [
    "-Xms512m",
    `-Xmx${cfg.heap}`,
    "-XX:+UseG1GC",
    // The optimising compiler (C2) pays off over hours; a test run's Neo4j lives minutes and spent half its
    // CPU time at start-up and seeding compiling with it. C1 alone halves that CPU (21 s -> 13 s to start,
    // 36 s -> 18 s to load the seeds, on this 2-core machine).
    ...(cfg.disposable ? ["-XX:TieredStopAtLevel=1"] : []),
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Djol.skipHotspotSAAttach=true",
    "-Dfile.encoding=UTF-8",
    "-cp",
    `${runtime.plugins}/*:${runtime.lib}/*`,
    "org.neo4j.server.CommunityEntryPoint",
    `--home-dir=${p.root}`,
    `--config-dir=${p.conf}`,
    "--console-mode",
  ];
}

function tail(file: string, lines = 30): string {
  if (!fs.existsSync(file)) return "(no log written)";
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

const UNAUTHORIZED = "Neo.ClientError.Security.Unauthorized";
// A user whose password must be changed may log in, and do nothing else: the server is up.
const MUST_CHANGE_PASSWORD = "Neo.ClientError.Security.CredentialsExpired";

async function waitForBolt(uri: string, until: number, isRunning: () => boolean, auth?: AuthToken): Promise<void> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 2000 });
  try {
    for (;;) {
      try {
        await driver.executeQuery(cypher.get("meta/ping"));
        return;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === MUST_CHANGE_PASSWORD) return;
        // Retrying a wrong password would only lock the user out.
        if (code === UNAUTHORIZED) {
          throw new Error(`Neo4j at ${uri} refused the password kept in the instance folder`, { cause: err });
        }
        if (!isRunning()) throw new Error("the Neo4j process exited during start-up", { cause: err });
        if (Date.now() > until) {
          throw new Error(`no answer to a ping over Bolt: ${(err as Error).message}`, { cause: err });
        }
        await new Promise(r => setTimeout(r, 500));
      }
    }
  } finally {
    await driver.close();
  }
}

async function stopPid(pid: number, log: Logger): Promise<void> {
  if (!isAlive(pid)) return;
  log.info({ pid }, "stopping local Neo4j");
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise(r => setTimeout(r, 200));
  if (isAlive(pid)) {
    log.warn({ pid }, "Neo4j did not stop within 60 s; killing it");
    process.kill(pid, "SIGKILL");
  }
}

/**
 * Starts the local instance, or reuses it when its recorded process is alive and answers on its port.
 * @throws when Java or Maven fail, the port is taken by something else, or Bolt does not answer in time.
 */
export async function startLocalServer(
  cfg: LocalServerConfig,
  log: Logger,
  opts: { authEnabled?: boolean } = {},
): Promise<LocalServer> {
  const p = instancePaths(cfg);
  const uri = `bolt://127.0.0.1:${cfg.boltPort}`;
  // authEnabled: false makes an instance as innograph did before passwords (the migration test needs one).
  const authEnabled = opts.authEnabled ?? true;
  const existing = readPid(p.pidFile);
  if (existing && isOurNeo4j(existing, p.root)) {
    const stored = readLocalPassword(p.root);
    await waitForBolt(
      uri,
      Date.now() + cfg.startTimeoutMs,
      () => isAlive(existing),
      stored ? neo4j.auth.basic(LOCAL_USER, stored) : undefined,
    );
    const credentials = authEnabled ? await credentialsForRunning(uri, p.root, log) : undefined;
    log.info({ uri, pid: existing, data: p.data }, "reusing running local Neo4j");
    return { uri, pid: existing, dataDir: p.data, credentials, startedHere: false, stop: async () => {} };
  }
  if (await portInUse(cfg.boltPort)) {
    throw new Error(
      `port ${cfg.boltPort} on 127.0.0.1 is taken by a process innograph did not start; ` +
        "set INNOGRAPH_NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that server",
    );
  }
  const runtime = await ensureRuntime(cfg.home, log);
  for (const dir of [p.conf, p.data, p.logs, p.run]) fs.mkdirSync(dir, { recursive: true });
  const auth = authEnabled ? prepareLocalAuth(p.root, p.data) : undefined;
  writeConf(cfg, p, runtime, authEnabled);
  const java = path.join(cfg.javaHome, "bin", "java");
  if (!fs.existsSync(java)) throw new Error(`no Java at ${java}; Neo4j 5.26 needs Java 17 (set INNOGRAPH_JAVA_HOME)`);

  const out = fs.openSync(p.consoleLog, "a");
  const started = Date.now();
  // Detached, so a Ctrl-C in the terminal reaches us first and we stop Neo4j after draining requests.
  const child = spawn(java, javaArgs(cfg, p, runtime), { detached: true, stdio: ["ignore", out, out], cwd: p.root });
  fs.closeSync(out);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${java}`);
  fs.writeFileSync(p.pidFile, String(pid));
  log.info({ uri, pid, data: p.data, log: p.consoleLog }, "starting local Neo4j");
  let exited = false;
  child.once("exit", () => (exited = true));
  try {
    // An instance being migrated still has Neo4j's default password until finishLocalAuth replaces it.
    const password = auth?.migrate ? DEFAULT_PASSWORD : auth?.credentials.password;
    await waitForBolt(
      uri,
      started + cfg.startTimeoutMs,
      () => !exited,
      password ? neo4j.auth.basic(LOCAL_USER, password) : undefined,
    );
    if (auth) await finishLocalAuth(uri, auth, p.root, log);
  } catch (err) {
    await stopPid(pid, log);
    // "Within" only when it ran out of time: a JVM that exits at once should not read as a slow start.
    const within = Date.now() >= started + cfg.startTimeoutMs ? ` within ${cfg.startTimeoutMs} ms` : "";
    throw new Error(
      `local Neo4j did not start${within} (${(err as Error).message}).\n` +
        `Last lines of ${p.consoleLog}:\n${tail(p.consoleLog)}`,
      { cause: err },
    );
  }
  log.info({ uri, pid, ms: Date.now() - started }, "local Neo4j ready");
  return {
    uri,
    pid,
    dataDir: p.data,
    credentials: auth?.credentials,
    startedHere: true,
    stop: async () => {
      await stopPid(pid, log);
      if (readPid(p.pidFile) === pid) fs.rmSync(p.pidFile, { force: true });
    },
  };
}

/** Stops a local instance started by an earlier process (e.g. `npm run neo4j:stop`). */
export async function stopLocalServer(cfg: LocalServerConfig, log: Logger): Promise<boolean> {
  const p = instancePaths(cfg);
  const pid = readPid(p.pidFile);
  if (!pid || !isOurNeo4j(pid, p.root)) return false;
  await stopPid(pid, log);
  fs.rmSync(p.pidFile, { force: true });
  return true;
}
