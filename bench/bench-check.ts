/**
 * npm run bench:check -- [--nodes 1000] [--requests 10] [--seed 7] [--update]
 *
 * The deterministic regression signal: each query kind's driver-only way (bench/bench-kinds.ts, way a) runs a
 * fixed, seeded set of inputs with every statement profiled, and the database hits and rows add up per kind
 * (bench/db-hits.ts). They are compared with bench/db-hits-baseline.json: more than 10% more hits on any kind,
 * different rows, or a kind new or gone fails the check. `--update` writes the counts as the new baseline.
 * A count, not a timing: the same on a busy machine as on an idle one.
 *
 * Neo4j: the local instance bench-<N> (heap 1g, page cache 512m unless INNOGRAPH_NEO4J_* say otherwise), with
 * the generated network of N entities (generator seed 1) loaded by the project's own CLIs when it is missing;
 * or NEO4J_URI, which must hold that network. Whole-graph GDS kinds are left out (they are timings at heart
 * and take minutes).
 */
import fs from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig, projectRoot } from "../src/config";
import { createLogger } from "../src/logger";
import { cypher } from "../src/neo4j/cypher-registry";
import { benchNeo4jConfig, ensureNetwork, startBenchNeo4j } from "./bench-env";
import { queryKinds } from "./bench-kinds";
import { sample } from "./bench-sample";
import { compare, conditionChanges, failed, table, type Baseline } from "./db-hits-compare";
import { kindHits, PROFILE_PREFIX, ProfilingDb, type Hits } from "./db-hits";
import { positiveInteger } from "./cli-options";

const BASELINE = path.join(projectRoot, "bench", "db-hits-baseline.json");

const nodes = positiveInteger("nodes", 1000);
const requests = positiveInteger("requests", 10);
const seed = positiveInteger("seed", 7);
const update = process.argv.includes("--update");

async function one(driver: Driver, name: string): Promise<string> {
  const { records } = await driver.executeQuery(cypher.get(name), {}, { database: "neo4j" });
  return String(records[0]?.get(0) ?? "none");
}

async function measure(driver: Driver): Promise<{ conditions: Baseline["conditions"]; kinds: Record<string, Hits> }> {
  const size = (await driver.executeQuery(cypher.get("bench/graph-size"), {}, { database: "neo4j" })).records[0]!;
  // Plans follow the statistics: settle them, then plan every statement afresh on them.
  await driver.executeQuery(cypher.get("bench/await-indexes"), {}, { database: "neo4j" });
  await driver.executeQuery(cypher.get("bench/settle-statistics"), {}, { database: "neo4j" });
  await new Promise(r => setTimeout(r, 2000));
  await driver.executeQuery(cypher.get("bench/clear-query-caches"), {}, { database: "neo4j" });
  const db = new ProfilingDb(driver, 120_000);
  const kinds: Record<string, Hits> = {};
  for (const kind of queryKinds(await sample(db, seed))) {
    if (kind.name.includes("whole graph")) continue;
    // Kinds run a fixed number of times in the bench (evolution) ask the same question each time: once is enough.
    const started = Date.now();
    kinds[kind.name] = await kindHits(db, kind, kind.requests ? 1 : requests, seed);
    const took = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`bench:check: ${kind.name}: ${JSON.stringify(kinds[kind.name])} (${took} s)\n`);
  }
  return {
    conditions: {
      network: `generated, ${nodes} entities, generator seed 1`,
      entities: Number(size.get("n")),
      relationships: Number(size.get("r")),
      inputSeed: seed,
      requestsPerKind: requests,
      profile: PROFILE_PREFIX.trim(),
      neo4j: await one(driver, "meta/neo4j-version"),
      gds: await one(driver, "meta/gds-version"),
    },
    kinds,
  };
}

async function main(): Promise<number> {
  const log = createLogger(process.env.LOG_LEVEL || "warn");
  // Counts do not depend on memory; a small server suits CI.
  const env = { INNOGRAPH_NEO4J_HEAP: "1g", INNOGRAPH_NEO4J_PAGECACHE: "512m", ...process.env };
  const server = await startBenchNeo4j(benchNeo4jConfig(nodes, loadConfig().local, env), log);
  const driver = neo4j.driver(
    server.uri,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    {
      userAgent: "innograph-bench-check",
    },
  );
  try {
    await ensureNetwork(nodes, driver, server.uri);
    const now = await measure(driver);
    if (update || !fs.existsSync(BASELINE)) {
      fs.writeFileSync(BASELINE, `${JSON.stringify(now, null, 2)}\n`);
      process.stdout.write(
        `${table(compare({ conditions: {}, kinds: {} }, now.kinds))}\n\nbench:check: wrote ${path.relative(projectRoot, BASELINE)}\n`,
      );
      return 0;
    }
    const baseline = JSON.parse(fs.readFileSync(BASELINE, "utf8")) as Baseline;
    const changed = conditionChanges(baseline.conditions, now.conditions);
    const rows = compare(baseline, now.kinds);
    process.stdout.write(`${table(rows)}\n\n`);
    if (changed.length > 0) {
      process.stdout.write(
        `bench:check: FAILED: not comparable with the baseline (${changed.join("; ")}); run npm run bench:check -- --update on the new conditions if they are meant\n`,
      );
      return 1;
    }
    const bad = rows.filter(failed);
    if (bad.length > 0) {
      process.stdout.write(
        `bench:check: FAILED: ${bad.map(r => `${r.kind} (${r.verdict})`).join(", ")}; if the change is meant, run npm run bench:check -- --update and commit the baseline\n`,
      );
      return 1;
    }
    const better = rows.filter(r => r.verdict === "better");
    process.stdout.write(
      `bench:check: ok, no kind more than 10% above the baseline${better.length ? `; ${better.length} kind(s) well below it: npm run bench:check -- --update keeps the gain` : ""}\n`,
    );
    return 0;
  } finally {
    // The projections way (a) kept between requests, as innograph keeps its own.
    await driver.executeQuery(cypher.get("bench/drop-leftover-graphs")).catch(() => undefined);
    await driver.close();
    if (server.local?.startedHere) await server.local.stop();
  }
}

main().then(
  code => process.exit(code),
  err => {
    process.stderr.write(`bench:check failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
