/**
 * npm run bench:explorer -- [--nodes 5000] [--synthetic]
 *
 * How the /explore page copes with a large scene, in Debian's headless Chromium (WebGL through SwiftShader,
 * i.e. on the CPU: a lower bound for a machine with a GPU). Starts the service in-process over its own local
 * Neo4j instance "bench-explorer" (Bolt 7717, or NEO4J_URI), loads the curated seeds plus a generated network
 * (src/generate, as `npm run generate` writes it) until the graph holds --nodes entities, then opens a shared
 * scene of the --nodes best connected entities, exactly as a researcher opening a scene link would, and measures:
 *   - time to first render: navigation start → the scene fetched from the API → first frame with every node;
 *   - frame time while dragging a node, and while panning the canvas (rAF intervals during 60 pointer moves);
 *   - ForceAtlas2 layout (in a web worker): time from one start until it stops by itself;
 *   - long tasks (PerformanceObserver 'longtask', over 50 ms) on the page while panning, zooming and laying out.
 * With --synthetic (or when generation fails) the page builds the scene itself from random data (no API).
 * Prints a table and writes it to bench/results/explorer-<date>.md.
 */
// First: type-graphql decorators (the seed inputs) read metadata as their modules load.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { Page } from "playwright-core";
import { loadConfig, projectRoot } from "../src/config";
import { generateNetwork } from "../src/generate/generate";
import type { Innograph } from "../src/innograph";
import { createLogger } from "../src/logger";
import { Database } from "../src/neo4j/database";
import { seedFilesIn } from "../src/seed/seed-file";
import { loadSeedFiles } from "../src/seed/seed-files";
import { startExplorerBench } from "./explorer-bench-env";

const args = process.argv.slice(2);
const at = args.indexOf("--nodes");
const NODES = at >= 0 ? Number(args[at + 1]) : 5000;
let synthetic = args.includes("--synthetic");
const log = createLogger(process.env.LOG_LEVEL ?? "warn");

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.map(e => e.message).join("; ") ?? `HTTP ${res.status}`);
  return body.data;
}

/** Tops the graph up with a generated network until it has at least `nodes` entities. */
async function ensureEntities(app: Innograph, uri: string, nodes: number): Promise<number> {
  const count = async () =>
    (await gql<{ stats: { totalEntities: number } }>(app.url, "{ stats { totalEntities } }")).stats.totalEntities;
  const have = await count();
  if (have >= nodes) return have;
  const dir = path.join(projectRoot, "data", "generated", `explorer-${nodes}`);
  process.stdout.write(`generating ${nodes} entities into ${dir} and loading them…\n`);
  generateNetwork({ nodes, seed: 1, outDir: dir });
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, ...app.localServer?.credentials, uri }, log);
  try {
    await loadSeedFiles(db, seedFilesIn(dir), config.articlesDir, log);
  } finally {
    await db.close();
  }
  return count();
}

/** A scene link for these ids, positioned on a sunflower spiral, as the page itself encodes scenes. */
function sceneHash(ids: string[]): string {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const nodes = ids.map((id, i) => [
    id,
    Math.round(Math.cos(i * golden) * Math.sqrt(i) * 1000) / 100,
    Math.round(Math.sin(i * golden) * Math.sqrt(i) * 1000) / 100,
    0,
  ]);
  const state = {
    v: 1,
    nodes,
    script: "hans",
    sizeBy: "NONE",
    hiddenKinds: [],
    expandKinds: [],
    expandVia: [],
    time: null,
    path: null,
  };
  return `scene=${zlib.deflateRawSync(Buffer.from(JSON.stringify(state))).toString("base64url")}`;
}

/** Long tasks the page reported between two of its own timestamps (ms since navigation). */
interface LongTasks {
  count: number;
  over200: number;
  medianMs: number;
  maxMs: number;
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

async function longTasks(page: Page, from: number, to: number): Promise<LongTasks> {
  const tasks = await page.evaluate(
    ([a, b]) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter(t => t.start + t.duration >= a && t.start <= b)
        .map(t => t.duration),
    [from, to] as const,
  );
  const sorted = [...tasks].sort((a, b) => a - b);
  return {
    count: tasks.length,
    over200: tasks.filter(d => d > 200).length,
    // On a shared machine the longest task follows the load; the median says what a frame costs.
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    maxMs: Math.max(0, ...tasks),
  };
}

/**
 * How settled the layout looks, from the scene's positions: the mean length of an edge over the mean distance
 * between two nodes (a tangle near 1, a settled force layout well below), and the Clark–Evans index of the
 * nodes' spacing: the mean distance from a node to its nearest neighbour over what it would be for as many
 * nodes spread uniformly over the disc that holds 95% of them (below 1 the nodes heap up, 1 is random, above 1
 * evenly spread).
 */
interface LayoutQuality {
  edgeToPairRatio: number;
  spacingIndex: number;
}

async function layoutQuality(page: Page): Promise<LayoutQuality> {
  return page.evaluate(() => {
    type R = {
      getGraph(): {
        forEachNode(f: (n: string, a: { x: number; y: number }) => void): void;
        forEachEdge(f: (e: string, a: unknown, s: string, t: string) => void): void;
      };
    };
    const r = (window as unknown as { __explorer: { renderer: R } }).__explorer.renderer;
    const graph = r.getGraph();
    const at = new Map<string, { x: number; y: number }>();
    graph.forEachNode((n, a) => at.set(n, { x: a.x, y: a.y }));
    const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
    let edgeSum = 0;
    let edges = 0;
    graph.forEachEdge((_e, _a, s, t) => {
      if (s === t) return;
      edgeSum += dist(at.get(s)!, at.get(t)!);
      edges++;
    });
    const points = [...at.values()];
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let pairSum = 0;
    for (let i = 0; i < 20000; i++) {
      pairSum += dist(points[Math.floor(rnd() * points.length)]!, points[Math.floor(rnd() * points.length)]!);
    }
    // Nearest neighbours on a grid of cells about as wide as the uniform spacing.
    const c = { x: 0, y: 0 };
    for (const p of points) [c.x, c.y] = [c.x + p.x / points.length, c.y + p.y / points.length];
    const radii = points.map(p => dist(p, c)).sort((a, b) => a - b);
    const r95 = radii[Math.floor(0.95 * (radii.length - 1))]!;
    const density = (0.95 * points.length) / (Math.PI * r95 * r95);
    const cell = Math.max(1e-9, 1 / Math.sqrt(density));
    const key = (gx: number, gy: number) => `${gx},${gy}`;
    const grid = new Map<string, number[]>();
    points.forEach((p, i) => {
      const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
      grid.set(k, [...(grid.get(k) ?? []), i]);
    });
    let nnSum = 0;
    points.forEach((p, i) => {
      const [cx, cy] = [Math.floor(p.x / cell), Math.floor(p.y / cell)];
      let best = Infinity;
      for (let ring = 1; best === Infinity || ring * cell < best + cell; ring++) {
        for (let gx = cx - ring; gx <= cx + ring; gx++) {
          for (let gy = cy - ring; gy <= cy + ring; gy++) {
            for (const j of grid.get(key(gx, gy)) ?? []) if (j !== i) best = Math.min(best, dist(p, points[j]!));
          }
        }
        if (ring > 50) break;
      }
      nnSum += Number.isFinite(best) ? best : 0;
    });
    return {
      edgeToPairRatio: edgeSum / Math.max(1, edges) / (pairSum / 20000),
      spacingIndex: nnSum / points.length / (0.5 / Math.sqrt(density)),
    };
  });
}

/** Wheel zooms in and out over the canvas, as a reader scrolls to look closer and back. */
async function wheelZoom(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  for (let i = 0; i < 24; i++) {
    await page.mouse.wheel(0, i < 12 ? -120 : 120);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(400);
}

interface Frames {
  frames: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** rAF intervals while the pointer drags from (x, y) over 60 moves. */
async function dragFrames(page: Page, x: number, y: number): Promise<Frames> {
  await page.mouse.move(x, y);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const w = window as unknown as { __ft: number[]; __on: boolean };
    w.__ft = [];
    w.__on = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__ft.push(t - last);
      last = t;
      if (w.__on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + 4 * i, y + 2 * i);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const ft = await page.evaluate(() => {
    const w = window as unknown as { __ft: number[]; __on: boolean };
    w.__on = false;
    return w.__ft.slice(1);
  });
  const sorted = [...ft].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    frames: ft.length,
    meanMs: ft.reduce((a, b) => a + b, 0) / Math.max(1, ft.length),
    medianMs: q(0.5),
    p95Ms: q(0.95),
    maxMs: q(1),
  };
}

async function main(): Promise<void> {
  const { config, app, browser, stop } = await startExplorerBench(log);
  try {
    let ids: string[] = [];
    if (!synthetic) {
      try {
        const uri = config.neo4j.uri ?? app.localServer!.uri;
        await ensureEntities(app, uri, NODES);
        const v = await gql<{ subgraph: { nodes: { id: string }[] } }>(
          app.url,
          `query($n: Int) { subgraph(limit: $n) { nodes { id } } }`,
          { n: NODES },
        );
        ids = v.subgraph.nodes.map(n => n.id);
      } catch (err) {
        process.stdout.write(`generated graph unavailable (${(err as Error).message}); using a synthetic scene\n`);
        synthetic = true;
      }
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const gl = await page.evaluate(() => {
      const c = document.createElement("canvas").getContext("webgl2");
      const ext = c?.getExtension("WEBGL_debug_renderer_info");
      return ext ? String(c!.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : "no WebGL2";
    });
    const started = Date.now();
    await page.goto(`${app.url}/explore/${synthetic ? "" : `#${sceneHash(ids)}`}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 300_000 });
    type Hooks = {
      timings(): { fetched?: number; firstRender?: number };
      loadSynthetic(n: number): unknown;
      nodes(): string[];
      edges(): string[];
      screenPosition(id: string): { x: number; y: number } | null;
      startLayout(): void;
      idle(): boolean;
      layoutIterations?(): number;
    };
    const hooks = <T>(fn: (x: Hooks) => T): Promise<T> =>
      page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
    let timings = await hooks(x => x.timings());
    if (synthetic) {
      const t0 = await page.evaluate(() => performance.now());
      await hooks(x => x.loadSynthetic(5000));
      const t1 = await page.evaluate(() => new Promise<number>(r => requestAnimationFrame(() => r(performance.now()))));
      timings = { fetched: t0, firstRender: t1 };
    }
    const wall = Date.now() - started;
    const nodes = await hooks(x => x.nodes());
    const edges = (await hooks(x => x.edges())).length;
    await page.screenshot({ path: path.join(projectRoot, "test-artifacts", "explorer-bench-scene.png") });

    // Drag the first (best connected) node, then pan from an empty corner of the canvas.
    await watchLongTasks(page);
    const now = () => page.evaluate(() => performance.now());
    const first = (await hooks(x => x.screenPosition(x.nodes()[0]!)))!;
    const dragNode = await dragFrames(page, first.x, first.y);
    const box = (await page.locator("#canvas").boundingBox())!;
    const panStart = await now();
    const pan = await dragFrames(page, box.x + 40, box.y + box.height - 120);
    const panLong = await longTasks(page, panStart, await now());
    const zoomStart = await now();
    await wheelZoom(page, box.x + box.width / 2, box.y + box.height / 2);
    const zoomLong = await longTasks(page, zoomStart, await now());
    await page.screenshot({ path: path.join(projectRoot, "test-artifacts", "explorer-bench-dragged.png") });

    const before = await layoutQuality(page);
    // Layout: one start, then it runs in its worker until it stops by itself (no second click).
    const layoutStart = await now();
    await hooks(x => x.startLayout());
    await page.waitForFunction(
      () => (window as unknown as { __explorer: { idle(): boolean } }).__explorer.idle(),
      null,
      { timeout: 600_000 },
    );
    const layoutMs = (await now()) - layoutStart;
    const layoutLong = await longTasks(page, layoutStart, layoutStart + layoutMs);
    const iterations = await hooks(x => x.layoutIterations?.() ?? null);
    const after = await layoutQuality(page);
    const lt = (l: LongTasks) => `${l.count} | ${l.over200} | ${l.medianMs.toFixed(0)} | ${l.maxMs.toFixed(0)}`;
    await page.screenshot({ path: path.join(projectRoot, "test-artifacts", "explorer-bench-layout.png") });

    const browserVersion = browser.version();
    const date = new Date().toISOString().replace(/:/g, "-").replace(/\..*/, "");
    const f = (n: number | undefined) => (n === undefined ? "—" : n.toFixed(0));
    const g = (fr: Frames) =>
      `${fr.medianMs.toFixed(1)} | ${fr.p95Ms.toFixed(1)} | ${fr.meanMs.toFixed(1)} | ${fr.maxMs.toFixed(0)} | ${fr.frames}`;
    const table = [
      `# Explorer: a ${nodes.length}-node scene in headless Chromium (${date})`,
      "",
      `Scene: ${nodes.length} nodes, ${edges} relationships, ${synthetic ? "synthetic (built in the page)" : "the best connected entities of the seed + generated graph, opened from a scene link (API subgraph by ids)"}.`,
      `Machine: ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ""}, load ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join("/")}; Chromium ${browserVersion}; WebGL: ${gl}.`,
      "",
      "| time to first render | ms |",
      "|---|---|",
      `| navigation → scene fetched from the API | ${f(timings.fetched)} |`,
      `| navigation → first frame with every node | ${f(timings.firstRender)} |`,
      `| wall clock, goto → page ready (test driver) | ${wall} |`,
      "",
      "| frame time while… | median ms | p95 ms | mean ms | max ms | frames |",
      "|---|---|---|---|---|---|",
      `| dragging a node | ${g(dragNode)} |`,
      `| panning the canvas (edges hidden while moving) | ${g(pan)} |`,
      "",
      `ForceAtlas2 (Barnes-Hut, in a web worker) from one start until it stops by itself: ${(layoutMs / 1000).toFixed(1)} s for ${iterations ?? "120"} iterations.`,
      "",
      "| layout quality | before the layout | after it |",
      "|---|---|---|",
      `| mean edge length / mean distance of two nodes (lower: more settled) | ${before.edgeToPairRatio.toFixed(3)} | ${after.edgeToPairRatio.toFixed(3)} |`,
      `| Clark–Evans spacing index (below 1: nodes heap up; 1: random) | ${before.spacingIndex.toFixed(3)} | ${after.spacingIndex.toFixed(3)} |`,
      "",
      "| long tasks (> 50 ms) on the page while… | count | over 200 ms | median ms | longest ms |",
      "|---|---|---|---|---|",
      `| panning the canvas | ${lt(panLong)} |`,
      `| zooming with the wheel (24 steps) | ${lt(zoomLong)} |`,
      `| the layout runs | ${lt(layoutLong)} |`,
      "",
      "Screenshots: test-artifacts/explorer-bench-scene.png, explorer-bench-dragged.png, explorer-bench-layout.png.",
      "",
    ].join("\n");
    process.stdout.write(`${table}\n`);
    const out = path.join(projectRoot, "bench", "results", `explorer-${date}.md`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, table);
    process.stdout.write(`written to ${path.relative(projectRoot, out)}\n`);
  } finally {
    await stop();
  }
}

main().catch(err => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
