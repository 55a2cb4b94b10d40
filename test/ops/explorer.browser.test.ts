import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, haveChromium, launchChromium } from "../support/browser";
import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";
import { ARTIFACTS, type HighlightedPath } from "./explorer-page";
import { expectedDate } from "./relation-when";

// The explorer at /explore, driven in Debian's Chromium as a researcher would use it. No browser is
// downloaded: .ci/run installs the chromium package; without it locally the suite is skipped (and says so).
const PATH_COLOUR: [number, number, number] = [0xe4, 0x57, 0x2e];

const XUZHOU = "city-xuzhou";
const AGREEMENT = "agreement-suzhou-university-jac-strategic-cooperation";

// Expectations come from the seed files, read independently of the service and of the page.
const seeds = seedFiles();
const relations = seeds.flatMap(s => s.seed.relations);
const neighboursOf = (id: string) =>
  new Set(relations.flatMap(r => (r.from === id ? [r.to] : r.to === id ? [r.from] : [])));
const entityQuotes = (id: string) =>
  new Set(seeds.flatMap(s => s.seed.entities.filter(e => e.id === id).flatMap(e => e.evidence.map(ev => ev.quote))));
const relationQuotes = new Set(relations.flatMap(r => r.evidence.map(e => e.quote)));
const entityById = new Map(seeds.flatMap(s => s.seed.entities.map(e => [e.id, e] as const)));
const provinceOf = (city: string) =>
  entityById.get(relations.find(r => r.type === "LOCATED_IN" && r.from === city && r.to.startsWith("province-"))!.to)!;
const isSeedRelation = (e: { type: string; source: string; target: string }) =>
  relations.some(r => r.type === e.type && r.from === e.source && r.to === e.target);

/** The column titles of an exported GraphML (key id → attr.name) and GEXF (attribute id → title) file. */
const graphmlTitles = (xml: string) =>
  new Map([...xml.matchAll(/<key id="([^"]+)" for="[^"]+" attr\.name="([^"]*)"/g)].map(m => [m[1]!, m[2]!]));
const gexfTitles = (xml: string) =>
  new Map([...xml.matchAll(/<attribute id="([^"]+)" title="([^"]*)"/g)].map(m => [m[1]!, m[2]!]));
/** Drawing attributes keep the names Gephi recognises, in every language. */
const DRAWING = new Set(["n_x", "n_y", "n_size", "n_color", "n_label", "e_label"]);

/** Pixels of the path colour in a screenshot of the canvas, counted by the browser's own PNG decoder. */
async function pathPixels(page: Page): Promise<number> {
  const png = await page.locator("#canvas").screenshot();
  return page.evaluate(
    async ({ b64, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (
          Math.abs(px[i]! - rgb[0]) < 16 &&
          Math.abs(px[i + 1]! - rgb[1]) < 16 &&
          Math.abs(px[i + 2]! - rgb[2]) < 16
        ) {
          n++;
        }
      }
      return n;
    },
    { b64: png.toString("base64"), rgb: PATH_COLOUR },
  );
}

const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser(
  `explorer in Chromium (${haveChromium ? CHROMIUM : `skipped: ${CHROMIUM} is not installed; .ci/run installs Debian's chromium`})`,
  () => {
    let service: TestService;
    let browser: Browser;
    let page: Page;

    const idle = () => page.waitForFunction(() => window.__explorer?.idle(), null, { timeout: 20_000 });
    // Runs `fn` in the page on the app's test hooks (its source is sent, so it may not close over test variables).
    const hooks = <T>(fn: (x: NonNullable<Window["__explorer"]>) => T) =>
      page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
    const screenPos = async (id: string) => {
      const p = await page.evaluate(i => window.__explorer!.screenPosition(i), id);
      if (!p) throw new Error(`${id} is not drawn`);
      return p;
    };
    const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`) });
    const searchAndAdd = async (text: string, id: string) => {
      await page.fill("#search", text);
      await page.locator(`#search-results li[data-id="${id}"]`).click();
      await idle();
    };
    const contextAction = async (id: string, action: string) => {
      const p = await screenPos(id);
      await page.mouse.click(p.x, p.y, { button: "right" });
      await page.locator(`#context-menu button[data-action="${action}"]`).click();
    };

    beforeAll(async () => {
      // The page is bundled from explorer/src now, so the test never runs against a stale bundle.
      execFileSync(process.execPath, [path.resolve(__dirname, "../../explorer/build.mjs")], { stdio: "pipe" });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      service = await startTestService();
      browser = await launchChromium(["--use-angle=swiftshader", "--enable-unsafe-swiftshader"]);
      page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    });

    afterAll(async () => {
      await browser?.close();
      await service?.stop();
    });

    it("should search 徐州, expand it, show a highlighted path with evidence, and filter by time", async () => {
      const errors: string[] = [];
      page.on("pageerror", e => errors.push(e.message));
      const requests: string[] = [];
      page.on("request", r => requests.push(r.url()));

      await page.goto(`${service.url}/explore/`);
      await page.waitForSelector("body[data-ready=true]");

      // Search in Chinese and put the city on the canvas.
      await page.fill("#search", "徐州");
      const hit = page.locator(`#search-results li[data-id="${XUZHOU}"]`);
      await expect(hit.textContent()).resolves.toContain("徐州");
      await shot("1-search");
      await hit.click();
      await idle();
      expect(await hooks(x => x.nodes())).toEqual([XUZHOU]);

      // Double-click expands it: every neighbour the seeds give it, and the relationships among them.
      const xz = await screenPos(XUZHOU);
      await page.mouse.dblclick(xz.x, xz.y);
      await idle();
      const expanded = new Set(await hooks(x => x.nodes()));
      expect(expanded).toEqual(new Set([XUZHOU, ...neighboursOf(XUZHOU)]));
      await shot("2-expanded");

      // A second thing from search, then pick the two nodes on the canvas and ask how they are connected.
      await searchAndAdd("宿州学院", AGREEMENT);
      await contextAction(XUZHOU, "path-from");
      await contextAction(AGREEMENT, "path-to");
      expect(await pathPixels(page)).toBeLessThan(50);
      // These paths are read over the stored relationships; partnership paths: explorer-partnership.browser.test.ts.
      await page.selectOption("#path-network", "FACTS");
      await page.locator("#path-show").click();
      await idle();

      const highlighted = await hooks<HighlightedPath>(x => x.highlightedPath());
      const api = await service.gql<{
        partnershipPaths: { paths: { nodes: { id: string }[]; steps: { relationId: string }[] }[] };
      }>(
        `{ partnershipPaths(network: FACTS, from: "${XUZHOU}", to: "${AGREEMENT}", maxHops: 6) { paths { nodes { id } steps { relationId } } } }`,
      );
      const apiPath = api.data!.partnershipPaths.paths[0]!;
      expect(highlighted.nodes).toEqual(apiPath.nodes.map(n => n.id));
      expect(highlighted.edges.map(e => e.id)).toEqual(apiPath.steps.map(s => s.relationId));
      for (const e of highlighted.edges) {
        expect(isSeedRelation(e)).toBe(true);
        expect(e.color).toBe("#e4572e");
      }
      // The chain is readable as steps, and the highlight is really drawn.
      await expect(page.locator("#path-steps li.step").count()).resolves.toBe(apiPath.steps.length);
      expect(await pathPixels(page)).toBeGreaterThan(300);
      await shot("3-path");

      // Each step's quotes are the seeds' quotes for that relationship.
      const stepQuotes = await page.locator("#path-steps .quote-text").allTextContents();
      expect(stepQuotes.length).toBeGreaterThanOrEqual(apiPath.steps.length);
      for (const q of stepQuotes) expect(relationQuotes.has(q)).toBe(true);

      // Clicking a step opens that relationship in the panel, with its quotes fetched on demand.
      await page.locator("#path-steps li.step").first().click();
      const edgeQuote = page.locator("#details .edge-details .quote-text").first();
      await edgeQuote.waitFor();
      expect(relationQuotes.has((await edgeQuote.textContent())!)).toBe(true);

      // Clicking the agreement shows its properties and its evidence, with the source's title.
      const ag = await screenPos(AGREEMENT);
      await page.mouse.click(ag.x, ag.y);
      const quote = page.locator("#details .quote-text").first();
      await quote.waitFor();
      expect(entityQuotes(AGREEMENT).has((await quote.textContent())!)).toBe(true);
      await expect(page.locator("#details blockquote footer").first().textContent()).resolves.toContain("宿州");
      await shot("4-evidence");

      // The time slider: as of an earlier date the later agreement leaves the scene, earlier events stay. The
      // seeds' earliest event (its stated day in its article's year) joins the scene, so one item is earlier.
      const earliest = seeds
        .flatMap(f =>
          (f.seed.entities as { id: string; kind: string; name: string; date?: string }[])
            .filter(e => e.kind === "Event" && e.date?.startsWith("--") && f.seed.source.publishedOn)
            .map(e => ({ ...e, day: `${f.seed.source.publishedOn!.slice(0, 4)}${e.date!.slice(1)}` })),
        )
        .sort((a, b) => a.day.localeCompare(b.day))[0]!;
      await searchAndAdd(earliest.name, earliest.id);
      expect(await hooks(x => x.nodes())).toContain(earliest.id);
      const agreementDate = await hooks(x => x.timelineOf("agreement-suzhou-university-jac-strategic-cooperation"));
      // The seed resolves the agreement's date (here a year, from the article's context); the canvas places it there.
      const seeded = seedFiles()
        .flatMap(f => f.seed.entities as { id: string; dateResolved?: string }[])
        .find(e => e.id === "agreement-suzhou-university-jac-strategic-cooperation");
      expect(agreementDate).toBe(seeded!.dateResolved);
      // Drag the "as of" thumb from the end to about 1 December 2022, before that year (the thumb is ~16 px wide).
      const domain = (await hooks(x => x.timeDomain()))!;
      const day = (iso: string) => Date.parse(iso) / 86_400_000;
      const fraction = (day("2022-12-01") - day(domain.min)) / (day(domain.max) - day(domain.min));
      const box = (await page.locator("#time-to").boundingBox())!;
      const track = (f: number) => box.x + 8 + (box.width - 16) * f;
      await page.mouse.move(track(1), box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(track(fraction), box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      const window_ = (await hooks(x => x.timeWindow()))!;
      expect(window_.to! < agreementDate!).toBe(true);
      const visible = new Set(await hooks(x => x.visibleNodes()));
      expect(visible.has(AGREEMENT)).toBe(false);
      expect(visible.has(XUZHOU)).toBe(true);
      expect(visible.has(earliest.id)).toBe(earliest.day <= window_.to!);
      const dated = await hooks(x =>
        x
          .nodes()
          .map((id: string) => [id, x.timelineOf(id)] as const)
          .filter(([, d]) => d !== null),
      );
      const earlier = dated.filter(([, d]) => d! <= window_.to!);
      expect(earlier.length).toBeGreaterThan(0);
      for (const [id, d] of dated) expect(visible.has(id)).toBe(d! <= window_.to!);
      await expect(page.locator("#time-label").getAttribute("data-window")).resolves.toContain(window_.to!);
      await shot("5-time-slider");

      // Back to all dates: the agreement returns.
      await page.locator("#time-reset").click();
      expect(await hooks(x => x.visibleNodes())).toContain(AGREEMENT);

      // Size by PageRank, computed by the API over the scene: the best connected node is drawn biggest.
      await page.locator("#size-by").selectOption("PAGERANK");
      await page.waitForFunction(() => new Set(Object.values(window.__explorer!.sizes())).size > 2, null, {
        timeout: 120_000,
      });
      const sizes = await hooks(x => x.sizes());
      expect(Math.max(...Object.values(sizes))).toBe(sizes[XUZHOU]);

      // Export: a PNG of the canvas as drawn, then GraphML and GEXF that graphology (and so Gephi) reads back, JSON with every node.
      const nodes = await hooks(x => x.nodes());
      const graphml = parseGraphml(Graph, await hooks(x => x.exportGraphml()));
      const gexf = parseGexf(Graph, await hooks(x => x.exportGexf()));
      expect(new Set(graphml.nodes())).toEqual(new Set(nodes));
      expect(new Set(gexf.nodes())).toEqual(new Set(nodes));
      expect(graphml.size).toBe((await hooks(x => x.edges())).length);
      const nameColumn = graphmlTitles(await hooks(x => x.exportGraphml())).get("n_name")!;
      expect(graphml.getNodeAttribute(XUZHOU, nameColumn)).toBe("徐州");
      expect((JSON.parse(await hooks(x => x.exportJson())) as { nodes: unknown[] }).nodes).toHaveLength(nodes.length);
      await page.locator("#share-menu summary").click();
      const download = page.waitForEvent("download");
      await page.locator("#export-png").click();
      const png = path.join(ARTIFACTS, "explorer-7-export.png");
      await (await download).saveAs(png);
      expect(fs.readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
      expect(fs.statSync(png).size).toBeGreaterThan(10_000);
      // Twice the canvas's width, for print (the PNG header's width field).
      const canvasWidth = (await page.locator("#canvas").boundingBox())!.width;
      expect(Math.abs(fs.readFileSync(png).readUInt32BE(16) - 2 * canvasWidth)).toBeLessThanOrEqual(2);
      // SVG for a report: one circle per visible node, a legend counting each kind, the date window.
      const svgDownload = page.waitForEvent("download");
      await page.locator("#export-svg").click();
      const svgFile = path.join(ARTIFACTS, "explorer-8-export.svg");
      await (await svgDownload).saveAs(svgFile);
      const svg = await page.evaluate(
        text => {
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          const texts = (sel: string) => Array.from(doc.querySelectorAll(sel)).map(e => e.textContent ?? "");
          return {
            errors: doc.getElementsByTagName("parsererror").length,
            sceneCircles: doc.querySelectorAll("svg > g:first-of-type > circle").length,
            legend: texts("svg > g:last-of-type > text"),
            notes: texts("svg > text"),
          };
        },
        fs.readFileSync(svgFile, "utf8"),
      );
      expect(svg.errors).toBe(0);
      const drawn = await hooks(x => x.visibleNodes());
      expect(svg.sceneCircles).toBe(drawn.length);
      const kindsShown = new Map<string, number>();
      for (const id of drawn) {
        const kind = entityById.get(id)!.kind;
        kindsShown.set(kind, (kindsShown.get(kind) ?? 0) + 1);
      }
      const legendCounts = svg.legend.map(l => Number(/\((\d+)\)|（(\d+)）/.exec(l)?.slice(1).find(Boolean)));
      const byCount = (a: number, b: number) => a - b;
      expect(legendCounts.filter(Number.isFinite).sort(byCount)).toEqual([...kindsShown.values()].sort(byCount));
      expect(svg.notes).toContain(await page.locator("#time-label").textContent());

      // The address is the scene: a second tab opened on it shows the same nodes and the same path.
      await page.waitForFunction(() => location.hash.startsWith("#scene="));
      const shared = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await shared.goto(page.url());
      await shared.waitForSelector("body[data-ready=true]");
      await shared.waitForFunction(() => window.__explorer?.idle());
      expect(new Set(await shared.evaluate(() => window.__explorer!.nodes()))).toEqual(new Set(nodes));
      expect((await shared.evaluate(() => window.__explorer!.highlightedPath())).edges.map(e => e.id)).toEqual(
        highlighted.edges.map(e => e.id),
      );
      await shared.screenshot({ path: path.join(ARTIFACTS, "explorer-6-shared-scene.png") });
      await shared.close();

      // Everything came from this server; nothing failed in the page.
      expect(
        requests.filter(u => !u.startsWith(service.url) && !u.startsWith("data:") && !u.startsWith("blob:")),
      ).toEqual([]);
      expect(errors).toEqual([]);
    });

    describe("what a researcher tripped over", () => {
      let p: Page;
      const pIdle = () => p.waitForFunction(() => window.__explorer?.idle(), null, { timeout: 20_000 });
      const ph = <T>(fn: (x: NonNullable<Window["__explorer"]>) => T) =>
        p.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
      const open = async (hash = "", width = 1400) => {
        p = await browser.newPage({ viewport: { width, height: 860 } });
        await p.goto(`${service.url}/explore/${hash}`);
        await p.waitForSelector("body[data-ready=true]");
      };
      const add = async (text: string, id: string) => {
        await p.fill("#search", text);
        await p.locator(`#search-results li[data-id="${id}"]`).click();
        await pIdle();
      };
      const pos = async (id: string) => (await p.evaluate(i => window.__explorer!.screenPosition(i), id))!;
      const menuAction = async (id: string, action: string) => {
        const at = await pos(id);
        await p.mouse.click(at.x, at.y, { button: "right" });
        await p.locator(`#context-menu button[data-action="${action}"]`).click();
      };
      /** A point near the node that holds no node and no edge, found from where the page draws them. */
      const emptySpotAround = (id: string) =>
        p.evaluate(centre => {
          const x = window.__explorer!;
          const size = x.sizes();
          const at = (n: string) => x.screenPosition(n)!;
          const c = at(centre);
          const bounds = document.getElementById("canvas")!.getBoundingClientRect();
          const segments = x.edgeList().map(e => [at(e.source), at(e.target)] as const);
          const fromSegment = (
            q: { x: number; y: number },
            a: { x: number; y: number },
            b: { x: number; y: number },
          ) => {
            const dx = b.x - a.x;
            const dy = b.y - a.y;
            const t = Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
            return Math.hypot(q.x - a.x - t * dx, q.y - a.y - t * dy);
          };
          for (let d = 2 * (size[centre] ?? 5) + 8; d < 120; d += 6) {
            for (let k = 0; k < 24; k++) {
              const q = { x: c.x + d * Math.cos((k * Math.PI) / 12), y: c.y + d * Math.sin((k * Math.PI) / 12) };
              const clearOfNodes = x
                .nodes()
                .every(n => Math.hypot(at(n).x - q.x, at(n).y - q.y) > 2 * (size[n] ?? 5) + 8);
              // The press and the box's far corner (mirrored through the node) must both be on the canvas: a
              // node near its edge sent one of them over a panel, and that box drew nothing.
              const onCanvas = [q, { x: 2 * c.x - q.x, y: 2 * c.y - q.y }].every(
                v => v.x > bounds.left + 4 && v.x < bounds.right - 4 && v.y > bounds.top + 4 && v.y < bounds.bottom - 4,
              );
              if (onCanvas && clearOfNodes && segments.every(([a, b]) => fromSegment(q, a, b) > 8)) return q;
            }
          }
          throw new Error(`no empty canvas around ${centre}`);
        }, id);
      afterEach(async () => p?.close());

      it("should tell the two Suzhous apart by their province, in the list and on the canvas", async () => {
        await open();
        await p.selectOption("#script", "en");
        await p.fill("#search", "suzhou");
        const rows = ["city-suzhou-jiangsu", "city-suzhou-anhui"].map(id =>
          p.locator(`#search-results li[data-id="${id}"]`),
        );
        const texts = await Promise.all(rows.map(r => r.textContent()));
        expect(texts[0]).not.toBe(texts[1]);
        expect(texts[0]).toContain(provinceOf("city-suzhou-jiangsu").nameEn);
        expect(texts[1]).toContain(provinceOf("city-suzhou-anhui").nameEn);
        await add("suzhou", "city-suzhou-jiangsu");
        await add("suzhou", "city-suzhou-anhui");
        await p.waitForFunction(() => window.__explorer!.labelOf("city-suzhou-anhui").includes("("));
        const labels = await ph(x => [x.labelOf("city-suzhou-jiangsu"), x.labelOf("city-suzhou-anhui")]);
        expect(labels[0]).toContain(provinceOf("city-suzhou-jiangsu").nameEn);
        expect(labels[1]).toContain(provinceOf("city-suzhou-anhui").nameEn);
        // The Layout button offers only what it can do.
        await expect(p.locator("#layout").textContent()).resolves.toBe("Layout");
      });

      it("should keep new and picked nodes in view, with fit and zoom buttons", async () => {
        await open();
        await add("徐州", XUZHOU);
        await expect(p.locator("#layout").isDisabled()).resolves.toBe(true);
        await p.mouse.dblclick((await pos(XUZHOU)).x, (await pos(XUZHOU)).y);
        await pIdle();
        await add("宿州", "city-suzhou-anhui");
        const s = await pos("city-suzhou-anhui");
        await p.mouse.dblclick(s.x, s.y);
        await pIdle();
        await add("扬州", "city-yangzhou");
        const visible = await ph(x => x.visibleNodes());
        const outside = await ph(x => x.visibleNodes().filter((n: string) => !x.inView(n)));
        expect(visible.length).toBeGreaterThan(20);
        expect(outside).toEqual([]);
        await shot("8-new-nodes-in-view");
        // Zoom in far, then pick a node that is already on the canvas: the camera goes to it.
        const before = await ph(x => x.cameraRatio());
        for (let i = 0; i < 4; i++) await p.locator("#zoom-in").click();
        await pIdle();
        expect(await ph(x => x.cameraRatio())).toBeLessThan(before);
        const far = await ph(x => x.visibleNodes().find((n: string) => !x.inView(n)));
        expect(far).toBeDefined();
        const name = await ph(x => x.labelOf(x.visibleNodes().find((n: string) => !x.inView(n))!));
        await p.fill("#search", name.replace(/ \(.*$/, ""));
        await p.locator(`#search-results li[data-id="${far}"]`).click();
        await pIdle();
        expect(await p.evaluate(id => window.__explorer!.inView(id), far!)).toBe(true);
        await p.locator("#zoom-fit").click();
        await pIdle();
        expect(await ph(x => x.visibleNodes().filter((n: string) => !x.inView(n)))).toEqual([]);
      });

      it("should number each path's steps from 1 and name its ends in the caption language", async () => {
        await open();
        await add("扬州", "city-yangzhou");
        await add("常州", "city-changzhou");
        await menuAction("city-yangzhou", "path-from");
        await menuAction("city-changzhou", "path-to");
        await p.selectOption("#path-mode", "3");
        await p.selectOption("#path-network", "FACTS");
        await p.locator("#path-show").click();
        await pIdle();
        const api = await service.gql<{ partnershipPaths: { paths: { length: number }[] } }>(
          `{ partnershipPaths(network: FACTS, from: "city-yangzhou", to: "city-changzhou", mode: K_SHORTEST, k: 3, maxHops: 6) { paths { length } } }`,
        );
        const numbers = await p
          .locator("#path-steps section.path")
          .evaluateAll(sections =>
            sections.map(sec => Array.from(sec.querySelectorAll(".step-no"), n => n.textContent)),
          );
        expect(numbers).toEqual(
          api.data!.partnershipPaths.paths.map(path => Array.from({ length: path.length }, (_, i) => `${i + 1}.`)),
        );
        await p.selectOption("#script", "en");
        await expect(p.locator("#path-from").textContent()).resolves.toBe(entityById.get("city-yangzhou")!.nameEn);
        await expect(p.locator("#path-to").textContent()).resolves.toBe(entityById.get("city-changzhou")!.nameEn);
        // Menus: Escape closes the context menu; the toolbar menus open one at a time and close on a click elsewhere or Escape.
        const at = await pos("city-yangzhou");
        await p.mouse.click(at.x, at.y, { button: "right" });
        await expect(p.locator("#context-menu").isVisible()).resolves.toBe(true);
        await p.mouse.move(at.x, at.y);
        await p.mouse.wheel(0, -400);
        await pIdle();
        await p.waitForTimeout(300);
        const moved = await pos("city-yangzhou");
        const box = (await p.locator("#context-menu").boundingBox())!;
        expect(Math.abs(box.x - moved.x)).toBeLessThan(20);
        expect(Math.abs(box.y - moved.y)).toBeLessThan(20);
        await p.keyboard.press("Escape");
        await expect(p.locator("#context-menu").isVisible()).resolves.toBe(false);
        await p.locator("#expand-filters summary").click();
        await p.locator("#share-menu summary").click();
        const openMenus = () => p.locator("#toolbar details[open]").count();
        await expect(openMenus()).resolves.toBe(1);
        await p.keyboard.press("Escape");
        await expect(openMenus()).resolves.toBe(0);
        await p.locator("#share-menu summary").click();
        await p.mouse.click(600, 500);
        await expect(openMenus()).resolves.toBe(0);
      });

      it("should filter relationships by when they happened, keep undated items by an explicit switch, and span the whole graph's years", async () => {
        await open();
        await add("徐州", XUZHOU);
        // The range is the whole graph's, from its earliest dated year, whatever the scene holds.
        const years = seeds
          .flatMap(s => [
            s.seed.source.publishedOn,
            ...s.seed.entities.map(e => (e.properties as Record<string, unknown> | undefined)?.date),
          ])
          .filter((d): d is string => typeof d === "string" && /^\d{4}/.test(d))
          .map(d => d.slice(0, 4));
        const domain = (await ph(x => x.timeDomain()))!;
        expect(domain.min).toBe(`${years.sort()[0]}-01-01`);
        expect(domain.max).toBe(`${years.sort().at(-1)}-12-31`);
        await p.mouse.dblclick((await pos(XUZHOU)).x, (await pos(XUZHOU)).y);
        await pIdle();
        await add("G60", "event-g60-ciie-factor-matchmaking-conference");
        // Move "as of" to the end of the year before the latest source: relationships first evidenced later leave.
        const cut = `${Number(years.sort().at(-1)) - 1}-12-31`;
        const day = (iso: string) => Date.parse(iso) / 86_400_000;
        await p.locator("#time-to").evaluate(
          (el, v) => {
            const input = el as HTMLInputElement;
            input.value = String(v);
            input.dispatchEvent(new Event("input", { bubbles: true }));
          },
          day(cut) - day(domain.min),
        );
        expect((await ph(x => x.timeWindow()))!.to).toBe(cut);
        // Each relationship is drawn when it happened by then (GraphEdge.when, read from the seeds), or it has no date.
        const shownNodes = new Set(await ph(x => x.visibleNodes()));
        const shownEdges = new Set(await ph(x => x.visibleEdges()));
        const sceneEdges = await ph(x => x.edgeList());
        let hidden = 0;
        for (const e of sceneEdges) {
          if (!shownNodes.has(e.source) || !shownNodes.has(e.target)) continue;
          const when = expectedDate(e.source, e.type, e.target);
          const expected = !when || when.date <= cut;
          expect([e.id, shownEdges.has(e.id)]).toEqual([e.id, expected]);
          if (!expected) hidden++;
        }
        expect(hidden).toBeGreaterThan(0);
        // Undated: the G60 conference's source has no date; it stays while the switch is on, and leaves when it is off.
        const g60 = "event-g60-ciie-factor-matchmaking-conference";
        expect(await ph(x => x.timelineOf("event-g60-ciie-factor-matchmaking-conference"))).toBeNull();
        expect(await ph(x => x.visibleNodes())).toContain(g60);
        await p.locator("#time-undated").uncheck();
        expect(await ph(x => x.visibleNodes())).not.toContain(g60);
        // Exports hold what is visible only.
        const shown = await ph(x => x.visibleNodes());
        const graphml = parseGraphml(Graph, await ph(x => x.exportGraphml()));
        expect(new Set(graphml.nodes())).toEqual(new Set(shown));
        const gexfText = await ph(x => x.exportGexf());
        const gexf = parseGexf(Graph, gexfText);
        expect(new Set(gexf.nodes())).toEqual(new Set(shown));
        // CSV for a report, read back by Python's csv module: one row per visible entity; one row per quote of
        // each visible relationship, every quote the seeds' own, with its source's title.
        const readCsv = (text: string) => {
          const file = path.join(ARTIFACTS, "explorer-export.csv");
          fs.writeFileSync(file, text);
          const py = spawnSync(
            "python3",
            [
              "-c",
              "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))",
              file,
            ],
            { encoding: "utf8" },
          );
          expect(py.status).toBe(0);
          return JSON.parse(py.stdout) as string[][];
        };
        // (All dates again, undated included, so that the tables have rows.)
        await p.locator("#time-reset").click();
        await p.locator("#time-undated").check();
        const nodeRows = readCsv(await ph(x => x.exportNodesCsv()));
        expect(nodeRows[0]![0]).toBe("id");
        expect(new Set(nodeRows.slice(1).map(r => r[0]))).toEqual(new Set(await ph(x => x.visibleNodes())));
        const relRows = readCsv(await ph(x => x.exportRelationsCsv()));
        const col = (name: string) => relRows[0]!.indexOf(name);
        const titles = new Set(seeds.map(s => s.seed.source.title));
        const shownRelations = new Set(await ph(x => x.visibleEdges()));
        const quoted = relRows.slice(1).filter(r => r[col("quote")]);
        expect(quoted.length).toBeGreaterThan(0);
        for (const r of quoted) {
          expect(relationQuotes.has(r[col("quote")]!)).toBe(true);
          expect(titles.has(r[col("source title")]!)).toBe(true);
        }
        for (const r of relRows.slice(1)) expect(shownRelations.has(r[col("relationship id")]!)).toBe(true);
        // Each row says what the seeds say of its fact: its modality and how its sources support it (checked
        // where one seed file alone states the fact, so no merge decides it).
        const meaningOf = new Map<string, { modality: string; evidenceKind: string }[]>();
        for (const { seed } of seeds) {
          for (const r of seed.relations) {
            const key = `${r.from}|${r.type}|${r.to}`;
            const meaning = { modality: r.modality ?? "ACTUAL", evidenceKind: r.evidenceKind ?? "STATED" };
            meaningOf.set(key, [...(meaningOf.get(key) ?? []), meaning]);
          }
        }
        const keyOf = (r: string[]) => `${r[col("from id")]}|${r[col("type id")]}|${r[col("to id")]}`;
        const single = relRows.slice(1).filter(r => meaningOf.get(keyOf(r))?.length === 1);
        expect(single.length).toBeGreaterThan(0);
        for (const r of single) {
          expect({ modality: r[col("modality")], evidenceKind: r[col("evidence kind")] }).toEqual(
            meaningOf.get(keyOf(r))![0],
          );
        }
        fs.copyFileSync(
          path.join(ARTIFACTS, "explorer-export.csv"),
          path.join(ARTIFACTS, "explorer-relationships.csv"),
        );
        // The histogram has one bar a year of the range.
        await expect(p.locator("#time-hist .year").count()).resolves.toBe(
          Number(domain.max.slice(0, 4)) - Number(domain.min.slice(0, 4)) + 1,
        );
        await p.screenshot({ path: path.join(ARTIFACTS, "explorer-12-slider-histogram.png") });
        // Play steps the scene through the years, as of each year's end; a second click pauses it, and
        // after the last year every date shows again.
        const firstYear = Number(domain.min.slice(0, 4));
        const lastYear = Number(domain.max.slice(0, 4));
        const windowIs = (w: string) =>
          p.waitForFunction(v => document.querySelector<HTMLElement>("#time-label")?.dataset.window === v, w);
        await p.locator("#time-play").click();
        await windowIs(`/${firstYear}-12-31`);
        await expect(ph(x => x.timeWindow())).resolves.toEqual({ from: null, to: `${firstYear}-12-31` });
        const asOfFirst = new Set(await ph(x => x.visibleNodes()));
        const later = (await ph(x => x.nodes().map(n => [n, x.timelineOf(n)] as const))).filter(
          ([, when]) => when && when > `${firstYear}-12-31`,
        );
        for (const [id] of later) expect([id, asOfFirst.has(id)]).toEqual([id, false]);
        await p.locator("#time-play").click();
        await expect(p.locator("#time-play").getAttribute("aria-pressed")).resolves.toBe("false");
        const paused = await p.locator("#time-label").getAttribute("data-window");
        await p.waitForTimeout(1_500);
        await expect(p.locator("#time-label").getAttribute("data-window")).resolves.toBe(paused);
        await p.locator("#time-play").click();
        if (lastYear > firstYear) await windowIs(`/${lastYear}-12-31`);
        await windowIs("");
        await expect(p.locator("#time-play").getAttribute("aria-pressed")).resolves.toBe("false");
        // Clear asks first.
        p.once("dialog", d => void d.dismiss());
        await p.locator("#clear").click();
        expect((await ph(x => x.nodes())).length).toBeGreaterThan(0);
        // A valid GEXF: the viz namespace is GEXF 1.3's, and networkx (if present) reads colour, size and position.
        expect(gexfText).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
        const file = path.join(ARTIFACTS, "explorer-scene.gexf");
        fs.writeFileSync(file, gexfText);
        const py = spawnSync(
          "python3",
          [
            "-c",
            [
              "import json, sys, networkx as nx",
              "g = nx.read_gexf(sys.argv[1])",
              "print(json.dumps({n: d.get('viz', {}) for n, d in g.nodes(data=True)}))",
            ].join("\n"),
            file,
          ],
          { encoding: "utf8" },
        );
        if (py.status === 0) {
          const viz = JSON.parse(py.stdout) as Record<
            string,
            { color?: { r: number }; size?: number; position?: { x: number } }
          >;
          expect(new Set(Object.keys(viz))).toEqual(new Set(shown));
          for (const v of Object.values(viz)) {
            expect(v.color?.r).toBeDefined();
            expect(v.size).toBeGreaterThan(0);
            expect(v.position?.x).toBeDefined();
          }
        } else {
          expect(py.stderr).toMatch(/No module named|not found/);
        }
      });

      it("should say when the API fails, keep saying it, and say when a shared link is garbled", async () => {
        await open();
        await p.route("**/graphql", route =>
          route.fulfill({ status: 503, contentType: "text/html", body: "<h1>Service Unavailable</h1>" }),
        );
        await p.fill("#search", "徐州");
        await p.waitForSelector("#status.error");
        await p.waitForTimeout(1000);
        await expect(p.locator("#status").textContent()).resolves.toContain("503");
        await expect(p.locator("#status.error").count()).resolves.toBe(1);
        await expect(p.locator("#search-results").isVisible()).resolves.toBe(false);
        await p.close();
        await open("#scene=AAAA-not-a-scene");
        await expect(p.locator("#status.error").count()).resolves.toBe(1);
        expect(await ph(x => x.nodes())).toEqual([]);
      });

      it("should speak 简体 with no English left, and English with no Chinese interface string", async () => {
        await open();
        await add("扬州", "city-yangzhou");
        await add("常州", "city-changzhou");
        await menuAction("city-yangzhou", "path-from");
        await menuAction("city-changzhou", "path-to");
        await p.selectOption("#path-network", "FACTS");
        await p.locator("#path-show").click();
        await pIdle();
        const at = await pos("city-yangzhou");
        await p.mouse.click(at.x, at.y);
        await p.locator("#details .quote-text").first().waitFor();
        // The inspector lists the entity's neighbours in the whole graph, to add from.
        await p.waitForFunction(
          n => document.querySelectorAll("#details ul.neighbours li").length === n,
          neighboursOf("city-yangzhou").size,
        );
        const neighbourIds = await p
          .locator("#details ul.neighbours li")
          .evaluateAll(lis => lis.map(li => (li as HTMLElement).dataset.id));
        expect(new Set(neighbourIds)).toEqual(neighboursOf("city-yangzhou"));
        // The interface's own words: text, titles and labels, leaving out data (names, ids, values, quotes,
        // sources, path sentences) and the language switch, which names each language in itself.
        const uiText = () =>
          p.evaluate(() => {
            const exempt = ".data, .evidence, blockquote, .sentence, #search-results, #script, script, style";
            const out: string[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const parent = n.parentElement!;
              if (parent.closest(exempt) || !parent.checkVisibility?.()) continue;
              if (n.textContent!.trim()) out.push(n.textContent!.trim());
            }
            for (const e of Array.from(document.querySelectorAll("[title], [aria-label]"))) {
              if (e.closest(exempt)) continue;
              out.push(e.getAttribute("title") ?? "", e.getAttribute("aria-label") ?? "");
            }
            return out.filter(Boolean);
          });
        // Names of file formats and of the product are the same in every language.
        const NAMES = new Set(["innograph", "PageRank", "GraphML", "GEXF", "Gephi", "JSON", "PNG"]);
        const english = (texts: string[]) =>
          texts.flatMap(t => t.match(/[A-Za-z]{2,}/g) ?? []).filter(w => !NAMES.has(w));
        const han = (texts: string[]) => texts.filter(t => /\p{Script=Han}/u.test(t));

        // Exported column titles and relationship labels follow the language; column ids stay the same.
        const exportWords = async () => {
          const graphmlText = await ph(x => x.exportGraphml());
          const graphmlFile = parseGraphml(Graph, graphmlText);
          const gexfText = await ph(x => x.exportGexf());
          const columns = [...graphmlTitles(graphmlText)].filter(([id]) => !DRAWING.has(id));
          return {
            ids: [...graphmlTitles(graphmlText).keys(), ...gexfTitles(gexfText).keys()].sort(),
            titles: [...columns.map(([, title]) => title), ...gexfTitles(gexfText).values()],
            labels: graphmlFile.mapEdges((_e, a) => String(a.label)),
            yangzhou: graphmlFile.getNodeAttribute(
              "city-yangzhou",
              graphmlTitles(graphmlText).get("n_name")!,
            ) as string,
          };
        };
        const wordsIn: Record<string, Awaited<ReturnType<typeof exportWords>>> = {};
        for (const lang of ["hans", "hant"] as const) {
          await p.selectOption("#script", lang);
          await pIdle();
          await p.locator("#details .quote-text").first().waitFor();
          expect(english(await uiText())).toEqual([]);
          // A closed vocabulary's value (the city's administrative level) reads in the language too.
          const level = String(entityById.get("city-yangzhou")!.properties?.adminLevel);
          await expect(p.locator("#details table.props td.data").allTextContents()).resolves.not.toContain(level);
          wordsIn[lang] = await exportWords();
          expect(wordsIn[lang].labels.length).toBeGreaterThan(0);
          expect(english([...wordsIn[lang].titles, ...wordsIn[lang].labels])).toEqual([]);
        }
        expect(wordsIn.hant!.titles).not.toEqual(wordsIn.hans!.titles);
        await p.selectOption("#script", "hans");
        await pIdle();
        await p.locator("#details .quote-text").first().waitFor();
        await expect(p.locator("html").getAttribute("lang")).resolves.toBe("zh-Hans");
        await p.screenshot({ path: path.join(ARTIFACTS, "explorer-10-zh-hans.png") });
        // The path reads as the API's sentences in the chosen language.
        const sentences = async (lang: string) => {
          const res = await service.gql<{ partnershipPaths: { paths: { steps: { sentence: string }[] }[] } }>(
            `{ partnershipPaths(network: FACTS, from: "city-yangzhou", to: "city-changzhou", maxHops: 6) { paths { steps { sentence(lang: ${lang}) } } } }`,
          );
          return res.data!.partnershipPaths.paths[0]!.steps.map(s => s.sentence);
        };
        await expect(p.locator("#path-steps .sentence").allTextContents()).resolves.toEqual(await sentences("ZH_HANS"));
        // Dates the Chinese way.
        await expect(p.locator("#time-label").textContent()).resolves.toMatch(/\d{4}年1月1日/);

        await p.selectOption("#script", "en");
        await pIdle();
        await p.locator("#details .quote-text").first().waitFor();
        await p.waitForFunction(
          () => !/\p{Script=Han}/u.test(document.querySelector("#path-steps .sentence")?.textContent ?? "汉"),
        );
        expect(han(await uiText())).toEqual([]);
        const inEnglishWords = await exportWords();
        expect(han([...inEnglishWords.titles, ...inEnglishWords.labels])).toEqual([]);
        expect(inEnglishWords.ids).toEqual(wordsIn.hans!.ids);
        expect([inEnglishWords.yangzhou, wordsIn.hans!.yangzhou]).toEqual(["扬州", "扬州"]);
        await expect(p.locator("#path-steps .sentence").allTextContents()).resolves.toEqual(await sentences("EN"));
        await expect(p.locator("#time-label").textContent()).resolves.toMatch(/1 Jan \d{4}/);
        await p.screenshot({ path: path.join(ARTIFACTS, "explorer-11-en.png") });

        // Remembered: a new visit in the same browser opens in English; a shared scene carries its language.
        // The address follows the scene after a pause; wait for it to change rather than for a fixed time.
        const inEnglish = p.url();
        await p.selectOption("#script", "hant");
        await p.waitForFunction(before => location.hash.startsWith("#scene=") && location.href !== before, inEnglish);
        const link = p.url();
        await p.goto(`${service.url}/explore/`);
        await p.waitForSelector("body[data-ready=true]");
        await expect(p.locator("#script").inputValue()).resolves.toBe("hant");
        await p.selectOption("#script", "en");
        // A fresh document: a change of fragment alone would not reload the page.
        await p.goto("about:blank");
        await p.goto(link);
        await p.waitForSelector("body[data-ready=true]");
        await expect(p.locator("#script").inputValue()).resolves.toBe("hant");
        await expect(p.locator("#layout").textContent()).resolves.toBe("佈局");
      });

      it("should step back and forward through the scene with Ctrl-Z, Ctrl-Shift-Z and the browser's Back", async () => {
        await open();
        const entry = (n: number) => p.waitForFunction(v => (history.state as { scene?: number })?.scene === v, n);
        const shown = async () => new Set(await ph(x => x.nodes()));
        const press = async (keys: string) => {
          await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await p.keyboard.press(keys);
        };
        await add("扬州", "city-yangzhou");
        await entry(1);
        const first = await shown();
        await add("常州", "city-changzhou");
        await entry(2);
        const both = await shown();
        expect(both).toEqual(new Set([...first, "city-changzhou"]));
        await press("Control+z");
        await entry(1);
        await pIdle();
        await expect(shown()).resolves.toEqual(first);
        await press("Control+Shift+z");
        await entry(2);
        await pIdle();
        await expect(shown()).resolves.toEqual(both);
        await p.goBack();
        await entry(1);
        await pIdle();
        await expect(shown()).resolves.toEqual(first);
        await p.goForward();
        await entry(2);
        await pIdle();
        // A cleared scene comes back with one Ctrl-Z.
        p.once("dialog", d => void d.accept());
        await p.locator("#clear").click();
        await entry(3);
        await expect(shown()).resolves.toEqual(new Set());
        await press("Control+z");
        await entry(2);
        await pIdle();
        await expect(shown()).resolves.toEqual(both);
      });

      it("should select by shift-click and by a shift-dragged box, and hide the others or the selected", async () => {
        await open();
        await add("扬州", "city-yangzhou");
        const yz = await pos("city-yangzhou");
        await p.mouse.dblclick(yz.x, yz.y);
        await pIdle();
        const scene = await ph(x => x.nodes());
        expect(new Set(scene)).toEqual(new Set(["city-yangzhou", ...neighboursOf("city-yangzhou")]));
        const [a, b] = scene.filter(n => n !== "city-yangzhou");
        await p.keyboard.down("Shift");
        for (const id of [a!, b!]) {
          const at = await pos(id);
          await p.mouse.click(at.x, at.y);
        }
        await p.keyboard.up("Shift");
        expect(new Set(await ph(x => x.selected()))).toEqual(new Set([a, b]));
        await expect(p.locator("#selection-count").textContent()).resolves.toMatch(/\b2\b/);
        // Hide the others: only the two stay; Ctrl-Z brings the rest back.
        await p.locator("#selection-keep").click();
        await pIdle();
        expect(new Set(await ph(x => x.nodes()))).toEqual(new Set([a, b]));
        await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await p.keyboard.press("Control+z");
        await p.waitForFunction(n => window.__explorer!.nodes().length === n, scene.length);
        await pIdle();
        // In a dense scene a Shift-press lands on an edge: it starts a box too, and picks no edge.
        const onEdge = await p.evaluate(() => {
          const x = window.__explorer!;
          const size = x.sizes();
          const at = (n: string) => x.screenPosition(n)!;
          const canvas = x.renderer.getContainer().getBoundingClientRect();
          // Sigma's own hit test (private in its types) says the press point is on this edge.
          const edgeAt = (q: { x: number; y: number }) =>
            (x.renderer as unknown as { getEdgeAtPoint(x: number, y: number): string | null }).getEdgeAtPoint(
              q.x - canvas.left,
              q.y - canvas.top,
            );
          for (const e of x.edgeList()) {
            const [s, t] = [at(e.source), at(e.target)];
            const mid = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
            const clear = x.nodes().every(n => Math.hypot(at(n).x - mid.x, at(n).y - mid.y) > 2 * (size[n] ?? 5) + 8);
            if (clear && edgeAt(mid)) return { mid, end: e.target, endAt: t };
          }
          return null;
        });
        expect(onEdge).not.toBeNull();
        await p.keyboard.press("Escape");
        await p.keyboard.down("Shift");
        await p.mouse.move(onEdge!.mid.x, onEdge!.mid.y);
        await p.mouse.down();
        await p.mouse.move(2 * onEdge!.endAt.x - onEdge!.mid.x, 2 * onEdge!.endAt.y - onEdge!.mid.y, { steps: 5 });
        await p.mouse.up();
        await p.keyboard.up("Shift");
        expect(await ph(x => x.selected())).toContain(onEdge!.end);
        await expect(p.locator("#details .relation-date").count()).resolves.toBe(0);
        await p.keyboard.press("Escape");
        await expect(ph(x => x.selected())).resolves.toEqual([]);
        // Positions are read once the scene is idle and drawn: in one loaded CI run this box missed 扬州.
        await pIdle();
        await p.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
        // A box drawn with Shift around 扬州 selects it; "Hide selected" takes what it holds off the canvas.
        // This one starts on empty canvas: a press on a node would drag it.
        const at = await pos("city-yangzhou");
        const from = await emptySpotAround("city-yangzhou");
        await p.keyboard.down("Shift");
        await p.mouse.move(from.x, from.y);
        await p.mouse.down();
        await p.mouse.move(2 * at.x - from.x, 2 * at.y - from.y, { steps: 5 });
        await p.mouse.up();
        await p.keyboard.up("Shift");
        const boxed = await ph(x => x.selected());
        expect(boxed).toContain("city-yangzhou");
        await p.locator("#selection-hide").click();
        const left = await ph(x => x.nodes());
        for (const id of boxed) expect(left).not.toContain(id);
        expect(left.length).toBe(scene.length - boxed.length);
        await expect(p.locator("#selection").isHidden()).resolves.toBe(true);
      });

      it("should give the canvas the width of a 390-pixel phone", async () => {
        await open("", 390);
        const box = (await p.locator("#canvas").boundingBox())!;
        expect(box.width).toBeGreaterThan(350);
        expect(box.height).toBeGreaterThan(300);
        await add("徐州", XUZHOU);
        await p.screenshot({ path: path.join(ARTIFACTS, "explorer-9-phone.png"), fullPage: true });
      });
    });
  },
);
