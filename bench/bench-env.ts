/**
 * What the benchmark runs on: a dedicated local Neo4j holding the generated N-node network (generated
 * and loaded with the project's own CLIs when absent), innograph and @neo4j/graphql as child processes
 * on 127.0.0.1 (so each one's resident memory is its own), and a description of the machine.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot, type LocalServerConfig } from "../src/config";
import { cypher } from "../src/neo4j/cypher-registry";
import type { Logger } from "../src/logger";
import { startLocalServer, type LocalServer } from "../src/neo4j/local-server";
import { serviceNodeFlags } from "../src/node-flags";

// Benchmarks may run the statements production never loads: cypher/bench.
cypher.use("bench");

export interface BenchNeo4j {
  uri: string;
  local: LocalServer | undefined;
  config: LocalServerConfig;
}

export function benchNeo4jConfig(nodes: number, base: LocalServerConfig, env: NodeJS.ProcessEnv): LocalServerConfig {
  return {
    ...base,
    instance: env.INNOGRAPH_NEO4J_INSTANCE || `bench-${nodes}`,
    boltPort: Number(env.INNOGRAPH_NEO4J_BOLT_PORT || 7712),
    heap: env.INNOGRAPH_NEO4J_HEAP || "4g",
    pageCache: env.INNOGRAPH_NEO4J_PAGECACHE || "2g",
  };
}

export async function startBenchNeo4j(config: LocalServerConfig, log: Logger): Promise<BenchNeo4j> {
  if (process.env.NEO4J_URI) return { uri: process.env.NEO4J_URI, local: undefined, config };
  const local = await startLocalServer(config, log);
  // The children (seed, innograph, @neo4j/graphql) reach it as NEO4J_URI and inherit these.
  process.env.NEO4J_USERNAME = local.credentials?.username ?? "neo4j";
  process.env.NEO4J_PASSWORD = local.credentials?.password ?? "";
  return { uri: local.uri, local, config };
}

function runNode(script: string, args: string[], env: NodeJS.ProcessEnv): void {
  execFileSync(process.execPath, [path.join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/** Generates data/generated/<N> when it is missing and loads it unless every one of its sources is already in the graph. */
export async function ensureNetwork(
  nodes: number,
  driver: Driver,
  uri: string,
): Promise<{ dir: string; loadedNow: boolean }> {
  const dir = path.join(projectRoot, "data", "generated", String(nodes));
  const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith("-synthetic.json")) : []);
  if (files().length === 0) {
    process.stderr.write(`bench: generating a ${nodes}-node network into ${dir}\n`);
    runNode("dist/cli/generate.js", ["--nodes", String(nodes)], process.env);
  }
  const { records } = await driver.executeQuery(cypher.get("bench/loaded-sources"), {
    prefix: `src-gen-s1-n${nodes}-`,
  });
  const loaded = Number(records[0]!.get("n"));
  if (loaded === files().length) return { dir, loadedNow: false };
  process.stderr.write(`bench: loading ${dir} (${files().length} files, ${loaded} already in the graph)\n`);
  runNode("dist/cli/seed.js", ["--dir", dir], { ...process.env, NEO4J_URI: uri });
  return { dir, loadedNow: true };
}

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function child(name: string, proc: ChildProcess, ready: (line: string) => string | undefined): Promise<Child> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const exited = new Promise<void>(r => proc.once("exit", () => r()));
    proc.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const url = ready(line);
        if (url) {
          resolve({
            url,
            pid: proc.pid!,
            stop: async () => {
              proc.kill("SIGTERM");
              const timer = setTimeout(() => proc.kill("SIGKILL"), 20_000);
              await exited;
              clearTimeout(timer);
            },
          });
        }
      }
    });
    proc.once("exit", code => reject(new Error(`${name} exited (${code}) before it listened`)));
  });
}

/** innograph's built service (dist/index.js, with the flags `npm start` gives it) over the bench Neo4j; it starts nothing itself. */
export function startInnographChild(uri: string, port: number): Promise<Child> {
  const proc = spawn(process.execPath, [...serviceNodeFlags(), path.join(projectRoot, "dist", "index.js")], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: uri, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return child("innograph", proc, line => {
    try {
      const l = JSON.parse(line) as { msg?: string; graphql?: string; level?: number };
      if ((l.level ?? 0) >= 40) process.stderr.write(`innograph: ${line.slice(0, 400)}\n`);
      return l.msg === "innograph listening" ? l.graphql : undefined;
    } catch {
      return undefined;
    }
  });
}

export function startNeo4jGraphqlChild(uri: string, port: number): Promise<Child> {
  const proc = spawn(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", path.join(projectRoot, "bench", "neo4j-graphql", "server.ts")],
    {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, PORT: String(port) },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return child("@neo4j/graphql", proc, line =>
    line.startsWith("listening ") ? line.slice("listening ".length) : undefined,
  );
}

export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ); 100 on every Linux we run on.
let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc; NaN when it cannot be read
 * (another machine's Neo4j, a process gone). Differences of two readings give a run's CPU per process.
 */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return NaN;
  }
}

/**
 * The machine's CPU time so far, from /proc/stat's first line: all of it and the part the hypervisor gave to
 * other guests (steal). A virtual machine's steal lowers every figure of a run without any process using it.
 */
export function machineCpuTicks(): { total: number; steal: number } {
  try {
    const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!;
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    return { total: ticks.reduce((x, y) => x + y, 0), steal: ticks[7] ?? 0 };
  } catch {
    return { total: NaN, steal: NaN };
  }
}

const version = (pkg: string) => {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules", pkg, "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
  } catch {
    return "?";
  }
};

export function machine(): Record<string, string> {
  const cpus = os.cpus();
  const [l1, l5, l15] = os.loadavg().map(l => l.toFixed(2));
  return {
    cpu: `${cpus[0]?.model ?? "?"} (${os.availableParallelism()} cores available)`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`,
    os: `${os.type()} ${os.release()}`,
    load: `${l1} / ${l5} / ${l15} (1 / 5 / 15 min)`,
    node: process.version,
    packages: ["neo4j-driver", "@apollo/server", "type-graphql", "@neo4j/graphql", "autocannon", "graphql"]
      .map(p => `${p} ${version(p)}`)
      .join(", "),
  };
}
