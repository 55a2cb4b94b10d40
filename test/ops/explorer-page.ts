import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { startTestService, type TestService } from "../support/harness";

// Shared by the explorer's browser tests: the hooks the page exposes, and helpers that drive one page as a
// researcher would. Not a test file itself (jest runs *.test.ts only).

/** Where the browser tests put their screenshots. */
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

/** What the tests of one browser suite share: the explorer built once, one service and one Chromium. */
export interface ExplorerSuite {
  service: TestService;
  browser: Browser;
}

/** Builds the explorer, starts the service and Chromium before the suite, and closes both after it. */
export function explorerSuite(): ExplorerSuite {
  const suite = {} as ExplorerSuite;
  beforeAll(async () => {
    execFileSync(process.execPath, [path.resolve(__dirname, "../../explorer/build.mjs")], { stdio: "pipe" });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    suite.service = await startTestService();
    suite.browser = await launchChromium(["--use-angle=swiftshader", "--enable-unsafe-swiftshader"]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.service?.stop();
  });
  return suite;
}

export interface HighlightedPath {
  nodes: string[];
  edges: { id: string; type: string; source: string; target: string; color: string }[];
  steps: string[];
}

/** The state the page exposes for tests (explorer/src/main.ts, testHooks). */
export interface ExplorerHooks {
  idle(): boolean;
  nodes(): string[];
  selected(): string[];
  edges(): string[];
  timelineOf(id: string): string | null;
  visibleNodes(): string[];
  visibleEdges(): string[];
  inView(id: string): boolean;
  labelOf(id: string): string;
  cameraRatio(): number;
  edgeList(): { id: string; type: string; source: string; target: string }[];
  highlightedPath(): HighlightedPath;
  screenPosition(id: string): { x: number; y: number } | null;
  timeWindow(): { from: string | null; to: string | null } | null;
  timeDomain(): { min: string; max: string } | null;
  sizes(): Record<string, number>;
  /** A synthetic scene of n nodes (kinds cycle, about 1.5 edges a node), built in the page. */
  loadSynthetic(n: number): { nodes: number; edges: number };
  stopLayout(): void;
  /** Drawn colour of each node (it follows the colour rule). */
  colours(): Record<string, string>;
  /** Drawn colour of each relationship (planned ones and, while a time bound is set, inferred dates are marked). */
  edgeColours(): Record<string, string>;
  /** The sigma renderer, for its own hit test. */
  renderer: { getContainer(): HTMLElement };
  /** Drawn x, y of each node, in graph coordinates. */
  positions(): Record<string, [number, number]>;
  exportGraphml(): string;
  exportGexf(): string;
  exportJson(): string;
  exportNodesCsv(): string;
  exportRelationsCsv(): Promise<string>;
  /** Opens a relationship in the inspector, as a click on its line does. */
  showEdge(id: string): void;
}

declare global {
  interface Window {
    __explorer?: ExplorerHooks;
  }
}

/** One explorer page and the moves a test makes on it. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  static async open(browser: Browser, baseUrl: string, hash = "", width = 1400): Promise<ExplorerPage> {
    const page = await browser.newPage({ viewport: { width, height: 860 } });
    const p = new ExplorerPage(page);
    await page.goto(`${baseUrl}/explore/${hash}`);
    await page.waitForSelector("body[data-ready=true]");
    return p;
  }

  idle(): Promise<unknown> {
    return this.page.waitForFunction(() => window.__explorer?.idle(), null, { timeout: 20_000 });
  }

  /** Runs `fn` in the page on its test hooks (its source is sent, so it may not close over test variables). */
  hooks<T>(fn: (x: ExplorerHooks) => T): Promise<T> {
    return this.page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
  }

  async screenPos(id: string): Promise<{ x: number; y: number }> {
    const at = await this.page.evaluate(i => window.__explorer!.screenPosition(i), id);
    if (!at) throw new Error(`${id} is not drawn`);
    return at;
  }

  shot(name: string): Promise<Buffer> {
    return this.page.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`) });
  }

  async add(text: string, id: string): Promise<void> {
    await this.page.fill("#search", text);
    await this.page.locator(`#search-results li[data-id="${id}"]`).click();
    await this.idle();
  }

  /**
   * Expands a node through its context menu, and waits until its neighbours are in. A double click is the
   * gesture's own test (explorer.browser.test.ts); here it was the setting, and on a loaded CI machine one
   * double click came apart into two clicks, so the scene never grew.
   */
  async expand(id: string): Promise<void> {
    const before = await this.hooks(x => x.nodes().length);
    const at = await this.screenPos(id);
    await this.page.mouse.click(at.x, at.y, { button: "right" });
    await this.page.locator('#context-menu button[data-action="expand"]').click();
    await this.page.waitForFunction(n => window.__explorer!.nodes().length > n, before, { timeout: 20_000 });
    await this.idle();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
