/**
 * npm run soak -- [--seconds 120] [--connections 64] [--warmup 20]
 *
 * Starts the built service (node dist/index.js) as a child process on 127.0.0.1, with its own local
 * Neo4j instance "soak" (Bolt 7711) seeded with the curated graph, or over NEO4J_URI when that is set.
 * autocannon then drives the read mix for a bounded time while the child's resident memory is sampled
 * every second. Prints a table, writes it to bench/results/soak-<date>.md and exits 1 on any error,
 * any non-2xx answer, or memory at the end more than 20% above memory after warm-up.
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "../src/config";
import { option, rssKb, startChildService } from "./child-service";

const seconds = option("seconds", 120);
const connections = option("connections", 64);
const warmup = option("warmup", Math.min(20, Math.ceil(seconds / 5)));

/** The read mix a dashboard sends: nested entity, filtered list, Chinese name search, path, neighbourhood, stats. */
const MIX = [
  `{ entity(id: "city-xuzhou") { id name nameEn kind aliases evidence { quote source { id title } } relations(first: 10) { type other { id name kind } evidence { quote } } } }`,
  `{ entities(first: 20, filter: { kinds: [University, ResearchInstitute, Academy] }) { totalCount nodes { id name kind } pageInfo { hasNextPage endCursor } } }`,
  `{ search(text: "徐州", first: 5) { id name kind } }`,
  `{ partnershipPaths(network: FACTS, from: "city-xuzhou", to: "city-shanghai", maxHops: 4) { paths { length steps { type sentence from { id } to { id } } } } }`,
  `{ neighbourhood(id: "city-xuzhou", depth: 2, limit: 100) { truncated nodes { id caption kind degree } edges { source target type } } }`,
  `{ stats { totalEntities totalRelations sources byKind { key count } byRelationType { key count } topPartnerCities { city { id } count } } }`,
];

const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const service = await startChildService();
  const url = `${service.base}/graphql`;
  process.stderr.write(`soak: ${url}, ${connections} connections, ${seconds} s (warm-up ${warmup} s)\n`);
  const samples: { t: number; kb: number }[] = [];
  const started = Date.now();
  const sample = () => samples.push({ t: (Date.now() - started) / 1000, kb: rssKb(service.pid) });
  sample();
  const sampler = setInterval(sample, 1000);
  let graphqlErrors = 0;
  const result = await autocannon({
    url: url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: MIX.map(query => ({
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
      // HTTP 200 can still carry GraphQL errors; a cheap substring test keeps the load generator light.
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  clearInterval(sampler);
  sample();
  const exitCode = await service.stop();

  const atStart = samples[0]!.kb;
  const afterWarmup = samples.find(s => s.t >= warmup)?.kb ?? atStart;
  const atEnd = samples[samples.length - 1]!.kb;
  const peak = Math.max(...samples.map(s => s.kb));
  const growth = (atEnd - afterWarmup) / afterWarmup;
  const errors = result.errors + result.timeouts + graphqlErrors;
  const ok = errors === 0 && result.non2xx === 0 && growth <= 0.2 && exitCode === 0;
  const date = new Date().toISOString().replace(/[:]/g, "-").slice(0, 19);
  const table = [
    `# Soak ${date}`,
    "",
    `${connections} connections to ${url} for ${seconds} s (warm-up ${warmup} s), read mix of ${MIX.length} queries, node ${process.version}, service exit code ${exitCode}.`,
    "",
    "| measure | value |",
    "|---|---|",
    `| requests served | ${result.requests.total} (${result.requests.average.toFixed(0)}/s) |`,
    `| errors (socket, timeouts, GraphQL) | ${result.errors}, ${result.timeouts}, ${graphqlErrors} |`,
    `| non-2xx | ${result.non2xx} |`,
    `| latency p50 / p99 / max | ${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms |`,
    `| RSS at start | ${mb(atStart)} |`,
    `| RSS after warm-up | ${mb(afterWarmup)} |`,
    `| RSS at end (peak) | ${mb(atEnd)} (${mb(peak)}) |`,
    `| RSS growth after warm-up | ${(growth * 100).toFixed(1)}% (limit 20%) |`,
    `| verdict | ${ok ? "PASS" : "FAIL"} |`,
    "",
  ].join("\n");
  process.stdout.write(`${table}\n`);
  const dir = path.join(projectRoot, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `soak-${date}.md`), table);
  process.exit(ok ? 0 : 1);
}

main().catch(err => {
  process.stderr.write(`soak failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
