/**
 * npm run bench -- [--nodes 100000] [--seconds 10] [--connections 1,16,64] [--only word,word] [--ways a,b,c] [--seed 7]
 *
 * In one run on one Neo4j: each query kind (bench/bench-kinds.ts) at each concurrency, three ways:
 * (a) innograph's Cypher through neo4j-driver alone, (b) innograph's GraphQL over HTTP, (c) @neo4j/graphql
 * over HTTP. Prints a table of throughput and p50/p95/p99 latency, the ratios b/a (latency at
 * concurrency 1) and b/c (throughput), innograph's resident memory under load, and writes all of it with
 * the machine's description to bench/results/bench-<N>-<date>.md. Never part of `npm test`.
 *
 * The partnership kinds (bench/bench-partnership.ts) have no (c): @neo4j/graphql cannot express them ("–").
 *
 * Neo4j: a local instance bench-<N> on Bolt 7712 with 4g heap and 2g page cache (INNOGRAPH_NEO4J_* override),
 * or NEO4J_URI. The network comes from `npm run generate` and `npm run seed -- --dir`, run here when missing.
 * innograph and @neo4j/graphql listen on PORT + 1 and PORT + 2 (PORT defaults to 4100).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig, projectRoot } from "../src/config";
import { cypher } from "../src/neo4j/cypher-registry";
import { createLogger } from "../src/logger";
import { serviceNodeFlags } from "../src/node-flags";
import {
  benchNeo4jConfig,
  ensureNetwork,
  machine,
  rssMb,
  cpuSeconds,
  machineCpuTicks,
  startBenchNeo4j,
  startInnographChild,
  startNeo4jGraphqlChild,
  type Child,
} from "./bench-env";
import { queryKinds, RawDb, type QueryKind } from "./bench-kinds";
import { percentile, runHttp, runRaw, type Bound, type Measured } from "./bench-load";
import { sample } from "./bench-sample";
import { option, positiveNumber } from "./cli-options";

const nodes = positiveNumber("nodes", 100_000);
const seconds = positiveNumber("seconds", 10);
const seed = positiveNumber("seed", 7);
const connectionLevels = (option("connections") ?? "1,16,64").split(",").map(Number);
const only = option("only")
  ?.split(",")
  .map(s => s.trim().toLowerCase());
const TIMEOUT_MS = 15_000;

/**
 * `--only`: the kinds whose names begin with one of the given words. Kind names hold commas ("path, shortest"),
 * so a word that begins no name is refused rather than matched inside another kind's name.
 */
function selectedKinds<K extends { name: string }>(kinds: K[]): K[] {
  if (!only) return kinds;
  const begins = (k: K, word: string) => k.name.toLowerCase().startsWith(word);
  const unknown = only.filter(word => !kinds.some(k => begins(k, word)));
  if (unknown.length) {
    throw new Error(
      `--only: no query kind begins with ${unknown.map(w => `"${w}"`).join(", ")}; ` +
        `the kinds are ${kinds.map(k => `"${k.name}"`).join(", ")}`,
    );
  }
  return kinds.filter(k => only.some(word => begins(k, word)));
}

const WAYS = ["a", "b", "c"] as const;
type Way = (typeof WAYS)[number];
const WAY_NAMES: Record<Way, string> = { a: "a: driver", b: "b: innograph", c: "c: @neo4j/graphql" };
// `--ways b`: innograph alone, e.g. to measure its memory under other Node flags (INNOGRAPH_NODE_FLAGS).
const ways = (option("ways") ?? WAYS.join(",")).split(",").map(w => {
  if (!(WAYS as readonly string[]).includes(w)) throw new Error(`--ways takes a, b and c, got "${w}"`);
  return w as Way;
});

interface Row {
  kind: string;
  way: Way;
  connections: number;
  m: Measured;
  rssPeakMb?: number;
  /** CPU seconds each process used during the run: Neo4j, the process answering (b, c), the bench process. */
  cpu: CpuUse;
}

interface CpuUse {
  neo4j: number;
  answering: number;
  bench: number;
  wall: number;
  /** The machine's CPU ticks in all, and those stolen by the hypervisor. */
  machine: { total: number; steal: number };
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "–");

function stats(m: Measured) {
  const sorted = [...m.latencies].sort((x, y) => x - y);
  return {
    rps: m.requests / m.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

async function main(): Promise<void> {
  const log = createLogger(process.env.LOG_LEVEL || "warn");
  const base = loadConfig();
  const neo4jConfig = benchNeo4jConfig(nodes, base.local, process.env);
  const started = Date.now();
  const machineBefore = machine();
  const server = await startBenchNeo4j(neo4jConfig, log);
  const driver = neo4j.driver(
    server.uri,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    { userAgent: "innograph-bench" },
  );
  const children: Child[] = [];
  try {
    const network = await ensureNetwork(nodes, driver, server.uri);
    const counts = await driver.executeQuery(cypher.get("bench/graph-size"), {}, { database: "neo4j" });
    const entityCount = Number(counts.records[0]!.get("n"));
    const relCount = Number(counts.records[0]!.get("r"));
    const raw = new RawDb(driver, TIMEOUT_MS);
    const kinds = selectedKinds(queryKinds(await sample(raw, seed)));

    // Beside the caller's own PORT, so benches of two checkouts on one machine do not collide.
    const port = Number(process.env.PORT || 4100);
    const innograph = await startInnographChild(server.uri, port + 1);
    children.push(innograph);
    const ngql = await startNeo4jGraphqlChild(server.uri, port + 2);
    children.push(ngql);
    process.stderr.write(
      `bench: ${entityCount} entities, ${relCount} relationships; innograph ${innograph.url}, @neo4j/graphql ${ngql.url}\n`,
    );

    let rssPeak = 0;
    let ngqlRssPeak = 0;
    let windowPeak = 0;
    const sampler = setInterval(() => {
      const mb = rssMb(innograph.pid);
      rssPeak = Math.max(rssPeak, mb || 0);
      windowPeak = Math.max(windowPeak, mb || 0);
      ngqlRssPeak = Math.max(ngqlRssPeak, rssMb(ngql.pid) || 0);
    }, 250);
    const rssIdle = rssMb(innograph.pid);

    // Where each run's CPU went, so a ratio can be read against the work behind it. Way (a) answers in the
    // bench process itself, so its answering column is the bench's.
    const cpuNow = (way: Way): CpuUse => {
      const own = process.cpuUsage();
      return {
        neo4j: cpuSeconds(server.local?.pid),
        answering: way === "a" ? NaN : cpuSeconds(way === "b" ? innograph.pid : ngql.pid),
        bench: (own.user + own.system) / 1e6,
        wall: performance.now() / 1000,
        machine: machineCpuTicks(),
      };
    };
    const cpuSince = (before: CpuUse, after: CpuUse): CpuUse => ({
      neo4j: after.neo4j - before.neo4j,
      answering: after.answering - before.answering,
      bench: after.bench - before.bench,
      wall: after.wall - before.wall,
      machine: {
        total: after.machine.total - before.machine.total,
        steal: after.machine.steal - before.machine.steal,
      },
    });

    // Same inputs for each way: one seed per (kind, concurrency).
    const measure = async (kind: QueryKind, way: Way, bound: Bound, runSeed: number): Promise<Measured> => {
      if (way === "a") return runRaw(raw, kind, bound, runSeed);
      if (way === "b") return runHttp(innograph.url, kind, kind.innograph, bound, runSeed);
      return kind.neo4jGraphql
        ? runHttp(ngql.url, kind, kind.neo4jGraphql, bound, runSeed)
        : { requests: 0, errors: 0, seconds: 0, latencies: [], inexpressible: true };
    };
    const answers = (m: Measured) =>
      m.inexpressible
        ? "– (cannot express this question)"
        : `${m.requests} ok${m.empty === undefined ? "" : ` (${m.empty} empty)`}, ${m.errors} errors${m.firstError ? `: ${m.firstError.replace(/\|/g, "/").replace(/\n/g, " ").slice(0, 160)}` : ""}`;
    const equivalence: string[] = [];
    const rows: Row[] = [];
    for (const [ki, kind] of kinds.entries()) {
      // Warm-up (not measured): plans cached, pools filled, JIT warm, on every way. Whole-graph GDS
      // kinds are too slow to repeat; their measured requests stand for the check.
      const warm: Bound = { connections: 1, seconds: Math.min(2, seconds), requests: kind.requests };
      for (const way of ways) {
        // One whole request first: autocannon drops a request still running when the warm-up's time is up, and
        // the first partnership question at 100k (the network read into the process's cache) outlasts 2 s.
        if (!kind.requests) await measure(kind, way, { connections: 1, seconds, requests: 1 }, 998 + ki);
        const w = kind.requests ? undefined : await measure(kind, way, warm, 999 + ki);
        if (w) equivalence.push(`| ${kind.name} | ${WAY_NAMES[way]} | ${answers(w)} |`);
      }
      for (const connections of connectionLevels) {
        if (kind.maxConnections && connections > kind.maxConnections) continue;
        const bound: Bound = { connections, seconds, requests: kind.requests };
        for (const way of ways) {
          windowPeak = 0;
          const cpuBefore = cpuNow(way);
          const m = await measure(kind, way, bound, seed * 1000 + ki * 10 + connections);
          const cpu = cpuSince(cpuBefore, cpuNow(way));
          const row: Row = {
            kind: kind.name,
            way,
            connections,
            m,
            cpu,
            rssPeakMb: way === "b" ? windowPeak : undefined,
          };
          rows.push(row);
          if (kind.requests) equivalence.push(`| ${kind.name} | ${WAY_NAMES[way]} | ${answers(m)} |`);
          const s = stats(m);
          if (m.inexpressible) continue;
          process.stderr.write(
            `${kind.name.padEnd(30)} ${WAY_NAMES[way].padEnd(20)} c=${String(connections).padEnd(3)} ${fmt(s.rps).padStart(8)} req/s  p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  p99 ${fmt(s.p99)} ms  errors ${m.errors}${m.empty ? `, ${m.empty} empty` : ""}${m.firstError ? ` (${m.firstError.slice(0, 120)})` : ""}\n`,
          );
          // Requests cut off at the end of a run may still be running in Neo4j: let them finish.
          await new Promise(r => setTimeout(r, Math.min(15_000, 1000 + (stats(m).p99 || 0))));
        }
      }
    }
    clearInterval(sampler);
    const report = render({
      rows,
      equivalence,
      entityCount,
      relCount,
      network: network.dir,
      machineBefore,
      machineAfter: machine(),
      rssIdle,
      rssPeak,
      ngqlRssPeak,
      neo4jConfig: server.local
        ? `${neo4jConfig.instance} on ${server.uri}, heap ${neo4jConfig.heap}, page cache ${neo4jConfig.pageCache}`
        : `${server.uri} (NEO4J_URI)`,
      versions: await versions(driver),
      minutes: (Date.now() - started) / 60_000,
    });
    process.stdout.write(`${report}\n`);
    const dir = path.join(projectRoot, "bench", "results");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench-${nodes}-${new Date().toISOString().slice(0, 16).replace(/:/g, "")}.md`);
    fs.writeFileSync(file, report);
    process.stderr.write(`bench: wrote ${path.relative(projectRoot, file)}\n`);
  } finally {
    for (const c of children) await c.stop().catch(() => undefined);
    // GDS projections a failed @neo4j/graphql statement could not drop, and those way (a) kept between requests.
    await driver.executeQuery(cypher.get("bench/drop-leftover-graphs")).catch(() => undefined);
    await driver.close();
    if (server.local?.startedHere) await server.local.stop();
  }
}

async function versions(driver: Driver): Promise<string> {
  const q = async (name: string) => {
    try {
      return String((await driver.executeQuery(cypher.get(name))).records[0]?.get(0) ?? "?");
    } catch {
      return "none";
    }
  };
  return `Neo4j ${await q("meta/neo4j-version")}, GDS ${await q("meta/gds-version")}`;
}

interface ReportInput {
  rows: Row[];
  equivalence: string[];
  entityCount: number;
  relCount: number;
  network: string;
  machineBefore: Record<string, string>;
  machineAfter: Record<string, string>;
  rssIdle: number;
  rssPeak: number;
  ngqlRssPeak: number;
  neo4jConfig: string;
  versions: string;
  minutes: number;
}

function render(r: ReportInput): string {
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  const find = (kind: string, way: Way, c: number) =>
    r.rows.find(x => x.kind === kind && x.way === way && x.connections === c);
  const kinds = [...new Set(r.rows.map(x => x.kind))];
  const out: string[] = [
    `# innograph benchmark, ${r.entityCount.toLocaleString("en-US")} entities (${date} UTC)`,
    "",
    `Network: ${path.relative(projectRoot, r.network)} (${r.entityCount.toLocaleString("en-US")} entities, ${r.relCount.toLocaleString("en-US")} relationships), ` +
      `${seconds} s per run after a warm-up (GDS over a corridor: concurrency 16 at most; whole-graph GDS: 2 requests at concurrency 1), concurrency ${connectionLevels.join(", ")}, seed ${seed}; ` +
      `${r.minutes.toFixed(1)} min in all. Load from autocannon (b, c) and a driver loop (a) in the bench process, against 127.0.0.1.`,
    "",
    "## Machine",
    "",
    "| | |",
    "|---|---|",
    `| CPU | ${r.machineBefore.cpu} |`,
    `| memory | ${r.machineBefore.memory} |`,
    `| OS | ${r.machineBefore.os} |`,
    `| load average at start / end | ${r.machineBefore.load} / ${r.machineAfter.load} |`,
    `| Neo4j | ${r.versions}; ${r.neo4jConfig} |`,
    `| Node | ${r.machineBefore.node}; innograph started with ${serviceNodeFlags().join(" ") || "no flags"} |`,
    `| packages | ${r.machineBefore.packages} |`,
    "",
    "Ways: **a** innograph's own Cypher (cypher/) through neo4j-driver, a single statement as an auto-commit read transaction (several in one managed read transaction), as innograph's Database runs them, no GraphQL (the floor); " +
      "**b** innograph's GraphQL endpoint over HTTP (child process, `node dist/index.js`); " +
      "**c** @neo4j/graphql over bench/neo4j-graphql/type-defs.ts on the same Apollo/express stack (child process).",
    "",
    "## Results",
    "",
    "| query kind | way | conc. | req/s | p50 ms | p95 ms | p99 ms | requests | errors |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of r.rows) {
    const s = stats(row.m);
    const count = (n: number) => (row.m.inexpressible ? "–" : String(n));
    out.push(
      `| ${row.kind} | ${WAY_NAMES[row.way]} | ${row.connections} | ${fmt(s.rps)} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${count(row.m.requests)} | ${count(row.m.errors)} |`,
    );
  }
  out.push(
    "",
    "## Ratios",
    "",
    "b/a: innograph's p50 and p95 latency over the driver's at concurrency 1 (target: at most 1.30 for entity, list and path kinds). " +
      "b/c: innograph's throughput over @neo4j/graphql's at each concurrency (target: at least 1.0; 1.5 for the nested entity).",
    "",
    `| query kind | b/a p50 (c=1) | b/a p95 (c=1) | ${connectionLevels.map(c => `b/c req/s (c=${c})`).join(" | ")} |`,
    `|---|---:|---:|${connectionLevels.map(() => "---:").join("|")}|`,
  );
  for (const kind of kinds) {
    const a1 = find(kind, "a", 1);
    const b1 = find(kind, "b", 1);
    const ratio = (x: number, y: number) =>
      y > 0 && Number.isFinite(x) && Number.isFinite(y) ? (x / y).toFixed(2) : "–";
    const cells = connectionLevels.map(c => {
      const b = find(kind, "b", c);
      const cc = find(kind, "c", c);
      return b && cc ? ratio(stats(b.m).rps, stats(cc.m).rps) : "–";
    });
    out.push(
      `| ${kind} | ${a1 && b1 ? ratio(stats(b1.m).p50, stats(a1.m).p50) : "–"} | ${a1 && b1 ? ratio(stats(b1.m).p95, stats(a1.m).p95) : "–"} | ${cells.join(" | ")} |`,
    );
  }
  out.push(
    "",
    "## CPU per answered request",
    "",
    "CPU milliseconds (user + system, all threads, from /proc) per answered request while each run lasted: the Neo4j " +
      "server, the process answering (innograph or @neo4j/graphql; for way a the bench process, whose driver loop " +
      "answers), and the bench process generating the load (autocannon, for b and c). Busy: all three over the run's " +
      `wall time and the machine's ${os.availableParallelism()} cores. When busy nears 100%, throughput is the cores ` +
      "divided by the CPU a request costs, whichever process spends it. Steal: the share of the machine's CPU time " +
      "the hypervisor gave to other guests during the run (a virtual machine's noise; compare runs with little of it).",
    "",
    "| query kind | way | conc. | Neo4j ms | answering ms | load ms | busy | steal |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  );
  for (const row of r.rows) {
    if (row.m.inexpressible || !row.m.requests) continue;
    const per = (seconds: number) => (Number.isFinite(seconds) ? fmt((1000 * seconds) / row.m.requests) : "–");
    const answering = row.way === "a" ? row.cpu.bench : row.cpu.answering;
    const load = row.way === "a" ? NaN : row.cpu.bench;
    const total = [row.cpu.neo4j, answering, load].filter(Number.isFinite).reduce((x, y) => x + y, 0);
    const busy = `${Math.round((100 * total) / (row.cpu.wall * os.availableParallelism()))}%`;
    const steal =
      row.cpu.machine.total > 0 ? `${Math.round((100 * row.cpu.machine.steal) / row.cpu.machine.total)}%` : "–";
    out.push(
      `| ${row.kind} | ${WAY_NAMES[row.way]} | ${row.connections} | ${per(row.cpu.neo4j)} | ${per(answering)} | ${per(load)} | ${busy} | ${steal} |`,
    );
  }
  out.push(
    "",
    "## Memory",
    "",
    `innograph resident memory: ${fmt(r.rssIdle)} MB idle after start, ${fmt(r.rssPeak)} MB peak under load (target: under 300 MB). ` +
      `@neo4j/graphql's process peaked at ${fmt(r.ngqlRssPeak)} MB.`,
    "",
    "| query kind | conc. | innograph RSS peak MB |",
    "|---|---:|---:|",
  );
  for (const row of r.rows.filter(x => x.way === "b")) {
    out.push(`| ${row.kind} | ${row.connections} | ${fmt(row.rssPeakMb ?? NaN)} |`);
  }
  out.push(
    "",
    "## Warm-up answers (same inputs on each way; whole-graph GDS: the measured requests)",
    "",
    "| query kind | way | answers |",
    "|---|---|---|",
    ...r.equivalence,
    "",
  );
  return out.join("\n");
}

main().catch(err => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
