import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { NODES_WHILE_MOVING } from "../../explorer/src/canvas/detail-while-moving";
import { CHROMIUM, haveChromium } from "../support/browser";
import { seedFiles } from "../support/seed-fixtures";
import { ARTIFACTS, ExplorerPage, explorerSuite } from "./explorer-page";

// Rule-based styling, the layout's web worker and keyboard reach of the explorer (issue 14), in Debian's
// Chromium. Expectations come from the seed files or from the API asked directly, never from the page.
const XUZHOU = "city-xuzhou";
const SUZHOU_ANHUI = "city-suzhou-anhui";
const NO_VALUE = "#d9d9d9";

const seeds = seedFiles();
const relations = seeds.flatMap(s => s.seed.relations);
const entities = new Map(seeds.flatMap(s => s.seed.entities.map(e => [e.id, e] as const)));
const actual = (m?: string) => (m ?? "ACTUAL") === "ACTUAL";
const neighboursOf = (id: string) =>
  new Set(relations.flatMap(r => (r.from === id ? [r.to] : r.to === id ? [r.from] : [])));

/** Connected components of the ACTUAL seed relationships among these entities (what WCC on the scene finds). */
function components(ids: Set<string>): Map<string, string> {
  const parent = new Map([...ids].map(i => [i, i]));
  const root = (a: string): string => (parent.get(a) === a ? a : root(parent.get(a)!));
  for (const r of relations) {
    if (actual(r.modality) && ids.has(r.from) && ids.has(r.to)) parent.set(root(r.from), root(r.to));
  }
  return new Map([...ids].map(i => [i, root(i)]));
}

/** A shared link as the page encoded scenes before colour rules existed (scene-codec v1, no colourBy). */
function oldLink(ids: string[]): string {
  const state = {
    v: 1,
    nodes: ids.map((id, i) => [id, Math.cos(i) * 50, Math.sin(i) * 50, 0]),
    script: "en",
    sizeBy: "NONE",
    hiddenKinds: [],
    expandKinds: [],
    expandVia: [],
    time: null,
    path: null,
  };
  return `#scene=${zlib.deflateRawSync(Buffer.from(JSON.stringify(state))).toString("base64url")}`;
}

const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser(`explorer styling, layout and keyboard in Chromium (${CHROMIUM})`, () => {
  const suite = explorerSuite();
  let x: ExplorerPage;

  afterEach(async () => x?.close());

  /** Xuzhou and Suzhou (Anhui), each expanded: two groups the seeds link within but not between. */
  const twoCities = async () => {
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    await x.add("徐州", XUZHOU);
    await x.expand(XUZHOU);
    await x.add("宿州", SUZHOU_ANHUI);
    await x.expand(SUZHOU_ANHUI);
    const scene = new Set(await x.hooks(h => h.nodes()));
    expect(scene).toEqual(new Set([XUZHOU, SUZHOU_ANHUI, ...neighboursOf(XUZHOU), ...neighboursOf(SUZHOU_ANHUI)]));
    return scene;
  };
  const legendRows = () =>
    x.page.locator("#style-legend .colour-rule li").evaluateAll(lis =>
      lis.map(li => ({
        colour: getComputedStyle(li.querySelector(".dot") ?? li).backgroundColor,
        count: Number(li.querySelector(".count")?.textContent ?? 0),
      })),
    );
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  const legendHead = () => x.page.locator("#style-legend .colour-rule .style-head").textContent();

  it("should colour by community with a legend that counts each colour and names the network, and keep the rule in the link", async () => {
    const scene = await twoCities();
    await x.page.selectOption("#script", "en");

    // Connected components over the links in the scene: computed here from the seeds, drawn by the page.
    await x.page.selectOption("#colour-by", "COMMUNITY:WCC");
    await x.page.selectOption("#colour-network", "SCENE");
    await x.idle();
    await x.page.waitForFunction(() => document.querySelector("#style-legend .colour-rule .count"));
    const colours = await x.hooks(h => h.colours());
    const expected = components(scene);
    const big = [...scene].filter(a => [...scene].filter(b => expected.get(b) === expected.get(a)).length > 1);
    expect(big.length).toBeGreaterThan(10);
    for (const a of big) {
      for (const b of big) {
        expect([a, b, colours[a] === colours[b]]).toEqual([a, b, expected.get(a) === expected.get(b)]);
      }
    }
    // The legend counts what the canvas shows: per colour, and all of them together.
    const rows = await legendRows();
    const drawn = new Map<string, number>();
    for (const c of Object.values(colours)) drawn.set(rgb(c), (drawn.get(rgb(c)) ?? 0) + 1);
    for (const row of rows) expect([row.colour, row.count]).toEqual([row.colour, drawn.get(row.colour)]);
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(scene.size);
    await expect(legendHead()).resolves.toContain(`links among the scene's ${scene.size} entities`);

    // Leiden (seeded) on the partnership network: the legend says so, as the API echoes it.
    await x.page.selectOption("#colour-by", "COMMUNITY:LEIDEN");
    await x.page.selectOption("#colour-network", "PARTNERSHIP");
    await x.idle();
    await x.page.waitForFunction(() => /partnership/.test(document.querySelector("#style-legend")?.textContent ?? ""));
    const api = await suite.service.gql<{
      communities: { communities: { members: { id: string }[] }[]; network: { partnership: { level: string } } };
    }>(`{ communities(algorithm: LEIDEN) { communities { members { id } } network { partnership { level } } } }`);
    const communityOf = new Map(
      api.data!.communities.communities.flatMap((c, i) => c.members.map(m => [m.id, i] as const)),
    );
    const leiden = await x.hooks(h => h.colours());
    const inNetwork = [...scene].filter(n => communityOf.has(n));
    expect(inNetwork.length).toBeGreaterThan(1);
    for (const n of scene) if (!communityOf.has(n)) expect([n, leiden[n]]).toEqual([n, NO_VALUE]);
    for (const a of inNetwork) {
      expect([a, leiden[a]]).not.toEqual([a, NO_VALUE]);
      for (const b of inNetwork) {
        if (communityOf.get(a) === communityOf.get(b)) expect([a, b, leiden[a]]).toEqual([a, b, leiden[b]]);
      }
    }
    await expect(legendHead()).resolves.toMatch(/Leiden.*partnership network \(entity level, actual, weighted/);
    const leidenRows = await legendRows();
    expect(leidenRows.reduce((s, r) => s + r.count, 0)).toBe(scene.size);
    const outside = leidenRows.find(r => r.colour === rgb(NO_VALUE))?.count ?? 0;
    expect(outside).toBe(scene.size - inNetwork.length);

    // Size by strength on the partnership network: the scale shows the scene's lowest and highest score.
    await x.page.selectOption("#size-by", "STRENGTH");
    await x.idle();
    await x.page.waitForFunction(() => document.querySelector("#style-legend .size-rule"));
    const strength = await suite.service.gql<{ centrality: { scores: { score: number; entity: { id: string } }[] } }>(
      `{ centrality(algorithm: STRENGTH, first: 500) { scores { score entity { id } } } }`,
    );
    const scores = strength.data!.centrality.scores.filter(s => scene.has(s.entity.id));
    const [min, max] = [Math.min(...scores.map(s => s.score)), Math.max(...scores.map(s => s.score))];
    const scale = await x.page.locator("#style-legend .size-rule li .data").allTextContents();
    expect(scale.map(Number)).toEqual([min, max].map(v => Number(Number.isInteger(v) ? v : v.toPrecision(3))));
    await expect(x.page.locator("#style-legend .size-rule .style-head").textContent()).resolves.toMatch(
      /Size: strength · on the partnership network/,
    );
    const sizes = await x.hooks(h => h.sizes());
    const strongest = scores.find(s => s.score === max)!.entity.id;
    expect(Math.max(...Object.values(sizes))).toBe(sizes[strongest]);
    await x.page.screenshot({ path: path.join(ARTIFACTS, "explorer-13-community-colouring.png") });

    // A picture for a report carries the rule's legend and says what it ran on, not the kinds' colours.
    await x.page.locator("#share-menu summary").click();
    const download = x.page.waitForEvent("download");
    await x.page.locator("#export-svg").click();
    const svgFile = path.join(ARTIFACTS, "explorer-13-community-colouring.svg");
    await (await download).saveAs(svgFile);
    const svg = await x.page.evaluate(
      text => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const texts = (sel: string) => Array.from(doc.querySelectorAll(sel)).map(e => e.textContent ?? "");
        return { legend: texts("svg > g:last-of-type > text"), notes: texts("svg > text") };
      },
      fs.readFileSync(svgFile, "utf8"),
    );
    const firstRow = (await legendRows())[0]!;
    expect(svg.legend[0]).toBe(`community 1 ×${firstRow.count}`);
    expect(svg.notes.join(" ")).toMatch(/Communities \(Leiden\) · on the partnership network/);
    await x.page.keyboard.press("Escape");

    // In Chinese the legend speaks Chinese only.
    await x.page.selectOption("#script", "hans");
    await x.idle();
    const zh = await x.page.locator("#style-legend").evaluate(e => (e as HTMLElement).innerText);
    expect(zh).toContain("合作网络");
    expect(zh.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);

    // The rule is part of the shared link: a fresh page draws the same colours and sizes.
    await x.page.waitForFunction(() => location.hash.startsWith("#scene="));
    await x.page.evaluate(() => new Promise(r => setTimeout(r, 600)));
    const link = new URL(x.page.url()).hash;
    const again = await ExplorerPage.open(suite.browser, suite.service.url, link);
    try {
      await again.idle();
      await again.page.waitForFunction(() => document.querySelector("#style-legend .size-rule"));
      await expect(again.page.locator("#colour-by").inputValue()).resolves.toBe("COMMUNITY:LEIDEN");
      await expect(again.hooks(h => h.colours())).resolves.toEqual(leiden);
      await expect(again.page.locator("#size-by").inputValue()).resolves.toBe("STRENGTH");
    } finally {
      await again.close();
    }
  });

  it("should colour by a number as a gradient, and open a link made before colour rules by kind", async () => {
    const scene = await twoCities();
    await x.page.selectOption("#colour-by", "PROPERTY:degree");
    await x.idle();
    const api = await suite.service.gql<{ subgraph: { nodes: { id: string; degree: number }[] } }>(
      `query($ids: [ID!]) { subgraph(scope: { ids: $ids, modalities: [ACTUAL, PLANNED, ASPIRATION] }, limit: 500) { nodes { id degree } } }`,
      { ids: [...scene] },
    );
    const degree = new Map(api.data!.subgraph.nodes.map(n => [n.id, n.degree]));
    const colours = await x.hooks(h => h.colours());
    const top = Math.max(...degree.values());
    const bottom = Math.min(...degree.values());
    for (const [id, d] of degree) {
      if (d === top) expect([id, colours[id]]).toEqual([id, "#253494"]);
      if (d === bottom) expect([id, colours[id]]).toEqual([id, "#ffeda0"]);
    }
    const ends = await x.page.locator("#style-legend .gradient .data").allTextContents();
    expect(ends.map(Number)).toEqual([bottom, top]);

    // An old link (no colour rule) still opens: coloured by kind, no complaint.
    const old = await ExplorerPage.open(suite.browser, suite.service.url, oldLink([XUZHOU, SUZHOU_ANHUI]));
    try {
      await old.idle();
      await expect(old.hooks(h => h.nodes().sort())).resolves.toEqual([XUZHOU, SUZHOU_ANHUI].sort());
      await expect(old.page.locator("#colour-by").inputValue()).resolves.toBe("KIND");
      await expect(old.page.locator("#status").evaluate(e => e.classList.contains("error"))).resolves.toBe(false);
      const kindColours = await old.hooks(h => h.colours());
      expect(kindColours[XUZHOU]).toBe(kindColours[SUZHOU_ANHUI]);
      expect(entities.get(XUZHOU)!.kind).toBe(entities.get(SUZHOU_ANHUI)!.kind);
    } finally {
      await old.close();
    }
  });

  it("should lay the scene out in a web worker the service serves, and stop by itself", async () => {
    const res = await fetch(`${suite.service.url}/explore/layout-worker.js`);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    const workers: string[] = [];
    x.page.on("worker", w => workers.push(w.url()));
    const problems: string[] = [];
    x.page.on("pageerror", e => problems.push(e.message));
    x.page.on("console", m => m.type() === "error" && problems.push(m.text()));
    await x.add("徐州", XUZHOU);
    await x.expand(XUZHOU);
    expect(workers).toContain(`${suite.service.url}/explore/layout-worker.js`);

    // Layout again: the nodes move, and the button offers to lay out again without a second click.
    const before = await x.hooks(h => h.positions());
    await x.page.locator("#layout").click();
    await x.idle();
    await expect(x.page.locator("#layout").textContent()).resolves.not.toMatch(/Stop|停止/);
    const after = await x.hooks(h => h.positions());
    const moved = Object.keys(before).filter(
      n => Math.hypot(before[n]![0] - after[n]![0], before[n]![1] - after[n]![1]) > 1e-3,
    );
    expect(moved.length).toBeGreaterThan(Object.keys(before).length / 2);
    expect(problems).toEqual([]);
  });

  it("should reach the nodes, their menu, the legend, the menus and the path steps by keyboard, with a visible focus", async () => {
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    const page = x.page;
    await x.add("徐州", XUZHOU);
    await x.expand(XUZHOU);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    /** Presses Tab until the focus is on an element matching the selector (at most 80 times). */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(sel => document.activeElement?.matches(sel) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const activeNode = () =>
      page.evaluate(() => {
        const list = document.getElementById("node-list")!;
        const option = document.getElementById(list.getAttribute("aria-activedescendant") ?? "");
        return option ? (option as HTMLElement).dataset.id! : null;
      });
    /** The focus ring is drawn around the node (its centre on the node's centre). */
    const ringOn = async (id: string) => {
      const ring = await page.locator("#focus-ring").boundingBox();
      const at = await x.screenPos(id);
      expect(ring).not.toBeNull();
      expect(Math.abs(ring!.x + ring!.width / 2 - at.x)).toBeLessThan(2);
      expect(Math.abs(ring!.y + ring!.height / 2 - at.y)).toBeLessThan(2);
    };
    const options = () =>
      page.locator("#node-list [role=option]").evaluateAll(os => os.map(o => (o as HTMLElement).dataset.id!));
    const pick = async (id: string) => {
      await page.keyboard.press("Home");
      const ids = await options();
      for (let i = 0; i < ids.indexOf(id); i++) await page.keyboard.press("ArrowDown");
      expect(await activeNode()).toBe(id);
    };

    // The nodes: one Tab stop, every visible node an option, arrows move a ring drawn on the canvas.
    await tabTo("#node-list");
    const scene = await x.hooks(h => h.nodes());
    expect(new Set(await options())).toEqual(new Set(scene));
    const first = (await activeNode())!;
    await ringOn(first);
    await page.keyboard.press("ArrowDown");
    const second = (await activeNode())!;
    expect(second).not.toBe(first);
    await ringOn(second);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-14-keyboard-focus.png") });

    // Enter opens the inspector on it.
    await pick(XUZHOU);
    await page.keyboard.press("Enter");
    await expect(page.locator("#details h2").textContent()).resolves.toContain("徐州");

    // Shift+F10 opens its menu; arrows move through it; Escape closes it and returns to the list.
    await page.keyboard.press("Shift+F10");
    await expect(page.locator("#context-menu").isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).resolves.toBe("expand");
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).resolves.toBe("collapse");
    await page.keyboard.press("Escape");
    await expect(page.locator("#context-menu").isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("node-list");

    // A path chosen from the menus by keyboard alone: its steps take the focus, visibly.
    const other = [...neighboursOf(XUZHOU)].find(n => scene.includes(n))!;
    await page.keyboard.press("Shift+F10");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("node-list");
    await pick(other);
    await page.keyboard.press("ContextMenu");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).resolves.toBe("path-to");
    await page.keyboard.press("Enter");
    // The two may share no partnership tie; the stored relationships join every neighbour.
    await page.selectOption("#path-network", "FACTS");
    await tabTo("#path-show");
    await page.keyboard.press("Enter");
    await x.idle();
    await tabTo("#path-steps .step");
    const outline = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    await expect(outline()).resolves.toBe("solid");

    // The legend: a kind is hidden from the keyboard; the menus open and close by keyboard.
    await tabTo("#legend li");
    await expect(outline()).resolves.toBe("solid");
    await page.keyboard.press("Enter");
    await expect(page.locator("#legend li.off").count()).resolves.toBe(1);
    await tabTo("#share-menu summary");
    await page.keyboard.press("Enter");
    await expect(page.locator("#share-menu").evaluate(d => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.locator("#share-menu").evaluate(d => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  });

  it("should draw only the best connected nodes while the camera pans a large scene, and every node again at rest", async () => {
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    const page = x.page;
    const scene = 1500;
    await x.hooks(h => h.loadSynthetic(1500));
    await x.hooks(h => h.stopLayout());
    await x.idle();
    const all = await x.hooks(h => h.visibleNodes());
    expect(all).toHaveLength(scene);
    const degree = new Map<string, number>();
    for (const e of await x.hooks(h => h.edgeList())) {
      for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const degreeOf = (n: string) => degree.get(n) ?? 0;

    // Press where no node is drawn (a press on a node would drag that node), hold it and move.
    const from = await page.evaluate(() => {
      const h = window.__explorer!;
      const size = h.sizes();
      const drawn = h.nodes().map(n => ({ at: h.screenPosition(n)!, r: size[n] ?? 5 }));
      const box = document.getElementById("canvas")!.getBoundingClientRect();
      for (let y = box.bottom - 20; y > box.top + 20; y -= 10) {
        for (let x = box.left + 20; x < box.left + box.width / 3; x += 10) {
          if (drawn.every(d => Math.hypot(d.at.x - x, d.at.y - y) > 2 * d.r + 8)) return { x, y };
        }
      }
      throw new Error("no empty canvas to press on");
    });
    const cameraBefore = await page.evaluate(() => window.__explorer!.screenPosition("synthetic-0"));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(from.x + 8 * i, from.y - 4 * i);
      await page.waitForTimeout(20);
    }
    const whileMoving = await x.hooks(h => h.visibleNodes());
    await page.mouse.up();
    await page.waitForFunction(n => window.__explorer!.visibleNodes().length === n, scene, { timeout: 20_000 });
    await x.idle();

    expect(await page.evaluate(() => window.__explorer!.screenPosition("synthetic-0"))).not.toEqual(cameraBefore);
    expect(whileMoving).toHaveLength(NODES_WHILE_MOVING);
    const kept = new Set(whileMoving);
    const leftOut = all.filter(n => !kept.has(n));
    // No node left out is better connected than a node drawn.
    expect(Math.max(...leftOut.map(degreeOf))).toBeLessThanOrEqual(Math.min(...whileMoving.map(degreeOf)));
    expect(new Set(await x.hooks(h => h.visibleNodes()))).toEqual(new Set(all));
  });
});
