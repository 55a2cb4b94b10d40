/**
 * npm run bench:hostile -- [--seconds 20] [--in-flight 16]
 *
 * Issue 15's nested-`partners` query against the built service (node dist/index.js, a child process on
 * 127.0.0.1, so its resident memory is its own) over NEO4J_URI, or its own local instance "soak" seeded
 * with the curated graph. First each depth of the repro once (6, 7, 8 and 12 levels): how it is answered
 * and how fast. Then, for a bounded time, `--in-flight` copies of the 8-level repro at once, and the
 * same number of an allowed 3-level one, while /health is polled every 250 ms and the child's RSS is
 * sampled. Prints a table and writes it to bench/results/hostile-<date>.md.
 */
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config";
import { nestedPartners } from "../test/support/hostile-queries";
import { option, rssKb, startChildService } from "./child-service";

const seconds = option("seconds", 20);
const inFlight = option("in-flight", 16);

const rssMb = (pid: number): number => rssKb(pid) / 1024;

interface Answer {
  status: number;
  ms: number;
  code: string;
  cost?: number;
  bytes: number;
}

async function ask(url: string, query: string): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(120_000),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string; cost?: number } }[] };
    const error = body.errors?.find(e => e.extensions?.cost !== undefined) ?? body.errors?.[0];
    return {
      status: res.status,
      ms: performance.now() - started,
      code: error?.extensions?.code ?? "answered",
      cost: error?.extensions?.cost,
      bytes: text.length,
    };
  } catch (err) {
    return { status: 0, ms: performance.now() - started, code: `no answer (${(err as Error).name})`, bytes: 0 };
  }
}

/** `inFlight` clients, each sending `query` again as soon as it is answered, until `until`. */
async function load(url: string, query: string, until: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (Date.now() < until) answers.push(await ask(url, query));
    }),
  );
  return answers;
}

interface Watch {
  polls: number;
  non200: number;
  worstMs: number;
  peakRss: number;
}

/** Polls /health and samples RSS every 250 ms while `during` runs. */
async function watched<T>(url: string, pid: number, during: () => Promise<T>): Promise<[T, Watch]> {
  const watch: Watch = { polls: 0, non200: 0, worstMs: 0, peakRss: rssMb(pid) };
  let running = true;
  const poller = (async () => {
    while (running) {
      const started = performance.now();
      const status = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) }).then(
        r => r.status,
        () => 0,
      );
      watch.polls += 1;
      if (status !== 200) watch.non200 += 1;
      watch.worstMs = Math.max(watch.worstMs, performance.now() - started);
      watch.peakRss = Math.max(watch.peakRss, rssMb(pid));
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  })();
  const result = await during();
  running = false;
  await poller;
  return [result, watch];
}

const tally = (answers: Answer[]) =>
  Object.entries(
    answers.reduce<Record<string, number>>(
      (acc, a) => ({ ...acc, [`${a.status} ${a.code}`]: (acc[`${a.status} ${a.code}`] ?? 0) + 1 }),
      {},
    ),
  )
    .map(([k, n]) => `${n}× ${k}`)
    .join(", ");

async function main(): Promise<void> {
  const service = await startChildService();
  const rows: string[] = [];
  try {
    await ask(service.base, "{ meta { version } }");
    const idle = rssMb(service.pid);
    for (const levels of [6, 7, 8, 12]) {
      const a = await ask(service.base, nestedPartners(levels));
      rows.push(
        `| repro, ${levels} levels, once | ${a.status} ${a.code} | ${a.cost ?? "–"} | ${a.ms.toFixed(0)} ms | ${a.bytes} B | – | – |`,
      );
    }
    for (const [label, query] of [
      [`repro, 8 levels, ${inFlight} in flight for ${seconds} s`, nestedPartners(8)],
      [`3 levels (allowed), ${inFlight} in flight for ${seconds} s`, nestedPartners(3)],
    ] as const) {
      const [answers, w] = await watched(service.base, service.pid, () =>
        load(service.base, query, Date.now() + seconds * 1000),
      );
      const worst = Math.max(...answers.map(a => a.ms));
      rows.push(
        `| ${label} | ${tally(answers)} | – | worst ${worst.toFixed(0)} ms | – | ${w.peakRss.toFixed(0)} MB | ${w.polls - w.non200}/${w.polls} × 200, worst ${w.worstMs.toFixed(0)} ms |`,
      );
    }
    const date = new Date().toISOString().replace(/[:]/g, "-").slice(0, 19);
    const table = [
      `# Hostile load ${date}`,
      "",
      `Service ${service.base} (node ${process.version}), resident memory idle ${idle.toFixed(0)} MB.`,
      "",
      "| case | answers (HTTP, code) | computed cost | time | response | peak RSS | /health |",
      "|---|---|---|---|---|---|---|",
      ...rows,
      "",
    ].join("\n");
    process.stdout.write(`${table}\n`);
    const dir = path.join(projectRoot, "bench", "results");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `hostile-${date}.md`), table);
  } finally {
    await service.stop();
  }
}

main().catch(err => {
  process.stderr.write(`hostile load failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
