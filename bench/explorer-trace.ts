/**
 * ts-node --transpile-only bench/explorer-trace.ts
 *
 * What the long tasks are while a 5,000-node scene is panned and zoomed: records a Chrome trace (the page's
 * main thread) and a V8 CPU profile during the pan and the wheel zoom of bench/explorer-scene.ts, and prints
 * for each long task (a RunTask over 50 ms) what it ran (the trace's event types and JS functions by self time
 * from the profile's samples inside it). Writes the raw trace to test-artifacts/explorer-pan-trace.json.
 */
// First: type-graphql decorators (the seed inputs) read metadata as their modules load.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { projectRoot } from "../src/config";
import { createLogger } from "../src/logger";
import { startExplorerBench } from "./explorer-bench-env";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

async function pan(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.waitForTimeout(300);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + 4 * i, y + 2 * i);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
}

async function zoom(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  for (let i = 0; i < 24; i++) {
    await page.mouse.wheel(0, i < 12 ? -120 : 120);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(400);
}

/** Calls `visit` with each profile sample between two profile timestamps (µs): its node id and its duration (ms). */
function forEachSample(p: Profile, from: number, to: number, visit: (id: number, ms: number) => void): void {
  let t = p.startTime;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i]!;
    if (t >= from && t <= to) visit(id, (p.timeDeltas[i + 1] ?? 0) / 1000);
  });
}

/** Self time (ms) per JS function of the samples between two profile timestamps (µs). */
function selfTimes(p: Profile, from: number, to: number): Map<string, number> {
  const byId = new Map(p.nodes.map(n => [n.id, n]));
  const out = new Map<string, number>();
  forEachSample(p, from, to, (id, ms) => {
    const f = byId.get(id)!.callFrame;
    const name = `${f.functionName || "(anonymous)"} ${path.basename(f.url)}:${f.lineNumber}`;
    out.set(name, (out.get(name) ?? 0) + ms);
  });
  return out;
}

/** Inclusive time (ms) of each top-level call path, `depth` frames deep, under which the samples fall. */
function stacks(p: Profile, from: number, to: number, depth = 6): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map(n => [n.id, n]));
  const out = new Map<string, number>();
  forEachSample(p, from, to, (id, ms) => {
    const chain: string[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      chain.push(byId.get(n)!.callFrame.functionName || "(anon)");
    }
    const key = chain.slice(0, depth).join(" < ");
    out.set(key, (out.get(key) ?? 0) + ms);
  });
  return out;
}

const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join("\n");

async function traced(cdp: CDPSession, label: string, act: () => Promise<void>): Promise<void> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", e => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>(r => cdp.once("Tracing.tracingComplete", () => r()));
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Tracing.start", {
    categories:
      process.env.TRACE_CATEGORIES ??
      "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,gpu,disabled-by-default-v8.gc,toplevel",
    transferMode: "ReportEvents",
  });
  await cdp.send("Profiler.start");
  await act();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  await cdp.send("Tracing.end");
  await done;
  fs.writeFileSync(path.join(projectRoot, "test-artifacts", `explorer-${label}-trace.json`), JSON.stringify(events));
  // The renderer's main thread: the one that runs the page's FunctionCalls.
  const main = events.find(e => e.name === "FunctionCall" || e.name === "FireAnimationFrame");
  const onMain = events.filter(e => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter(e => e.name === "RunTask" && (e.dur ?? 0) > 50_000);
  process.stdout.write(`\n## ${label}: ${tasks.length} long tasks over 50 ms on the main thread\n`);
  const typeTotals = new Map<string, number>();
  const fnTotals = new Map<string, number>();
  const stackTotals = new Map<string, number>();
  for (const task of tasks) {
    // Every event nested in the task, by name (nested ones overlap: Commit holds ReadPixels, which holds the wait).
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur!) continue;
      typeTotals.set(e.name, (typeTotals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    for (const [k, v] of selfTimes(profile, task.ts, task.ts + task.dur!)) fnTotals.set(k, (fnTotals.get(k) ?? 0) + v);
    for (const [k, v] of stacks(profile, task.ts, task.ts + task.dur!)) {
      stackTotals.set(k, (stackTotals.get(k) ?? 0) + v);
    }
  }
  const durs = tasks.map(t => t.dur! / 1000).sort((a, b) => b - a);
  process.stdout.write(`  durations (ms, longest first): ${durs.map(d => d.toFixed(0)).join(" ")}\n`);
  process.stdout.write(
    `  sum ${durs.reduce((a, b) => a + b, 0).toFixed(0)} ms; events inside them (nested, so overlapping):\n${top(typeTotals, 16)}\n`,
  );
  process.stdout.write(`  JS self time inside them (profile samples):\n${top(fnTotals, 18)}\n`);
  process.stdout.write(`  stacks (leaf < callers):\n${top(stackTotals, 14)}\n`);
}

async function main(): Promise<void> {
  const { app, browser, stop } = await startExplorerBench(createLogger("warn"));
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`${app.url}/explore/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 300_000 });
    await page.evaluate(`window.__explorer.loadSynthetic(5000)`);
    await page.waitForTimeout(2000);
    const box = (await page.locator("#canvas").boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    process.stdout.write(
      `load ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join("/")}\n`,
    );
    await traced(cdp, "pan", () => pan(page, box.x + 40, box.y + box.height - 120));
    await traced(cdp, "zoom", () => zoom(page, box.x + box.width / 2, box.y + box.height / 2));
    process.stdout.write(
      `load ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join("/")}\n`,
    );
  } finally {
    await stop();
  }
}

main().catch(err => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
