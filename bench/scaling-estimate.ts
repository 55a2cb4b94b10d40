/**
 * npm run bench:scaling -- [--nodes 1000] [--to 1000000,10000000]
 *
 * docs/SCALING.md's projected memory, measured rather than guessed: the generated network of N entities
 * (instance bench-<N>, loaded by bench:check or bench when missing) is counted as the GDS projections see it
 * (entities, linked pairs, partnership ties), the counts are scaled linearly to each target size (the generator
 * draws a fixed number of links per entity), and GDS's own estimate procedures give the memory of the
 * projection and of PageRank, betweenness and Louvain on a graph of that size. Prints a Markdown table;
 * writes nothing.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { cypher } from "../src/neo4j/cypher-registry";
import { benchNeo4jConfig, ensureNetwork, startBenchNeo4j } from "./bench-env";
import { option } from "./cli-options";

const nodes = Number(option("nodes") ?? "1000");
const targets = (option("to") ?? "1000000,10000000").split(",").map(Number);
const ESTIMATES = {
  projection: "bench/estimate-projection",
  pagerank: "bench/estimate-pagerank",
  betweenness: "bench/estimate-betweenness",
  louvain: "bench/estimate-louvain",
};

async function row(driver: Driver, name: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher.get(name), params, { database: "neo4j" });
  return records[0]!.toObject() as Record<string, unknown>;
}

const num = (x: unknown) => (neo4j.isInt(x) ? x.toNumber() : Number(x));

async function main(): Promise<void> {
  const env = { INNOGRAPH_NEO4J_HEAP: "1g", INNOGRAPH_NEO4J_PAGECACHE: "512m", ...process.env };
  const config = benchNeo4jConfig(nodes, loadConfig().local, env);
  const server = await startBenchNeo4j(config, createLogger("warn"));
  const driver = neo4j.driver(
    server.uri,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  );
  try {
    await ensureNetwork(nodes, driver, server.uri);
    const c = await row(driver, "bench/scaling-counts");
    const [entities, facts, pairs, ties] = [c.entities, c.facts, c.pairs, c.ties].map(num) as number[];
    const out = [
      `Measured on the generated ${entities!.toLocaleString("en-US")}-entity network: ${facts} stored relationships ` +
        `(${(facts! / entities!).toFixed(2)} per entity), ${pairs} linked pairs (${(pairs! / entities!).toFixed(2)} per entity), ` +
        `${ties} partnership ties (${(ties! / entities!).toFixed(2)} per entity).`,
      "",
      `| entities | linked pairs | projected relationships (undirected, x2) | ${Object.keys(ESTIMATES).join(" | ")} |`,
      `|---:|---:|---:|${Object.keys(ESTIMATES)
        .map(() => "---:")
        .join("|")}|`,
    ];
    for (const target of targets) {
      const scaledPairs = Math.round((pairs! / entities!) * target);
      const params = { nodeCount: neo4j.int(target), relationshipCount: neo4j.int(2 * scaledPairs) };
      const cells: string[] = [];
      for (const name of Object.values(ESTIMATES)) cells.push(String((await row(driver, name, params)).requiredMemory));
      out.push(
        `| ${target.toLocaleString("en-US")} | ${scaledPairs.toLocaleString("en-US")} | ${(2 * scaledPairs).toLocaleString("en-US")} | ${cells.join(" | ")} |`,
      );
    }
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    await driver.close();
    if (server.local?.startedHere) await server.local.stop();
  }
}

main().catch(err => {
  process.stderr.write(`bench:scaling failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
