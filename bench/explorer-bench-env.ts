/**
 * What the explorer benchmarks share (bench/explorer-scene.ts, bench/explorer-trace.ts): innograph on its own
 * local Neo4j instance ("bench-explorer", Bolt 7717 unless set) and a headless Chromium drawing with software
 * WebGL (SwiftShader), as this machine has no GPU.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { loadConfig, projectRoot, type Config } from "../src/config";
import { startInnograph, type Innograph } from "../src/innograph";
import type { Logger } from "../src/logger";
import { CHROMIUM, launchChromium } from "../test/support/browser";

export interface ExplorerBench {
  config: Config;
  app: Innograph;
  browser: Browser;
  /** Closes the browser, then stops innograph and the Neo4j it started. */
  stop(): Promise<void>;
}

export async function startExplorerBench(log: Logger): Promise<ExplorerBench> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const config = {
    ...loadConfig({
      ...process.env,
      INNOGRAPH_NEO4J_INSTANCE: process.env.INNOGRAPH_NEO4J_INSTANCE ?? "bench-explorer",
      INNOGRAPH_NEO4J_BOLT_PORT: process.env.INNOGRAPH_NEO4J_BOLT_PORT ?? "7717",
      INNOGRAPH_NEO4J_HEAP: process.env.INNOGRAPH_NEO4J_HEAP ?? "1g",
    }),
    port: 0,
  };
  fs.mkdirSync(path.join(projectRoot, "test-artifacts"), { recursive: true });
  const app = await startInnograph(config, log);
  const browser = await launchChromium(["--use-angle=swiftshader", "--enable-unsafe-swiftshader"]);
  return {
    config,
    app,
    browser,
    stop: async () => {
      await browser.close();
      await app.stop();
    },
  };
}
