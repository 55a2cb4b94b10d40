import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PARTNERSHIP_MESSAGES } from "../../explorer/src/i18n/partnership-messages";
import { CHROMIUM, haveChromium, launchChromium } from "../support/browser";
import { startTestService, type TestService } from "../support/harness";
import { seedFiles } from "../support/seed-fixtures";
import { TEST_KEYS } from "../support/test-env";

// The explorer's partnership side in Chromium: the first screen, paths on partnership ties, and the inspector's
// readable values. Expectations come from the API's own answers (what the page must draw) and the seed files.
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const ZH = 0;
const EN = 2;
const word = (key: keyof typeof PARTNERSHIP_MESSAGES, lang: number) => PARTNERSHIP_MESSAGES[key][lang]!;
const HAN = /\p{Script=Han}/u;
// Every scene this suite saves is named with the tag, so clean-up cannot touch anyone else's.
const TAG = `zza${Date.now().toString(36)}`;
const EDITOR = { authorization: `Bearer ${TEST_KEYS.editor}` };

interface ApiTie {
  a: { id: string };
  b: { id: string };
  weight: number;
  modality: string;
  kinds: string[];
}
interface ApiStep {
  from: { id: string };
  to: { id: string };
  modality: string;
  evidence: { quote: string; source: { title: string; publisher: string | null } }[];
  tie: { first: { date: string | null; basis: string | null } | null } | null;
}
interface ApiPath {
  nodes: { id: string; name: string }[];
  steps: ApiStep[];
}

/** The page's state for tests (explorer/src/partnership/partnership-hooks.ts and test-hooks.ts). */
interface PartnershipHooks {
  overviewShown(): boolean;
  overviewNodes(): string[];
  overviewSizes(): Record<string, number>;
  overviewLabel(id: string): string;
  overviewPosition(id: string): { x: number; y: number } | null;
  drawnSteps(): { path: number; from: string; to: string; colour: string; dashed: boolean }[];
  chainSummary(path: number): string;
}
type Hooks = { idle(): boolean; nodes(): string[]; screenPosition(id: string): { x: number; y: number } | null };
type Win = Window & { __partnership?: PartnershipHooks; __explorer?: Hooks };

const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser(`explorer partnership views in Chromium (${haveChromium ? CHROMIUM : "skipped"})`, () => {
  let service: TestService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const idle = () => page.waitForFunction(() => (window as Win).__explorer?.idle(), null, { timeout: 30_000 });
  const partnership = <T>(fn: (h: PartnershipHooks) => T): Promise<T> =>
    page.evaluate(`(${fn.toString()})(window.__partnership)`) as Promise<T>;
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `explorer-partnership-${name}.png`) });
  const open = async () => {
    page = await context.newPage();
    await page.goto(`${service.url}/explore/`);
    await page.waitForSelector("body[data-ready=true]");
    // The context remembers the last language chosen; each test starts in 简体.
    await page.selectOption("#script", "hans");
  };
  const add = async (name: string, id: string) => {
    await page.fill("#search", name);
    await page.locator(`#search-results li[data-id="${id}"]`).click();
    await idle();
  };
  const menuAction = async (id: string, action: string) => {
    const p = await page.evaluate(i => (window as Win).__explorer!.screenPosition(i), id);
    if (!p) throw new Error(`${id} is not drawn`);
    await page.mouse.click(p.x, p.y, { button: "right" });
    await page.locator(`#context-menu button[data-action="${action}"]`).click();
  };

  beforeAll(async () => {
    execFileSync(process.execPath, [path.resolve(__dirname, "../../explorer/build.mjs")], { stdio: "pipe" });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    service = await startTestService();
    browser = await launchChromium(["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--lang=zh-CN"]);
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
      permissions: ["clipboard-read", "clipboard-write"],
    });
  });

  afterAll(async () => {
    const saved = await service?.gql<{ savedScenes: { id: string; name: string }[] }>("{ savedScenes { id name } }");
    for (const s of saved?.data?.savedScenes.filter(x => x.name.includes(TAG)) ?? []) {
      await service.gql("mutation($id: ID!) { deleteScene(id: $id) }", { id: s.id }, EDITOR);
    }
    await browser?.close();
    await service?.stop();
  });

  afterEach(async () => {
    await page?.close();
  });

  it("should open on the city-level partnership network, sized by strength, saying what is drawn", async () => {
    const api = await service.gql<{
      partnershipNetwork: {
        network: { level: string; tieKinds: string[]; modalities: string[] };
        nodes: { id: string }[];
        ties: ApiTie[];
      };
    }>(
      `{ partnershipNetwork(network: { level: CITY, modalities: [ACTUAL, PLANNED] }) {
        network { level tieKinds modalities } nodes { id } ties { a { id } b { id } weight modality kinds } } }`,
    );
    const net = api.data!.partnershipNetwork;
    expect(net.ties.length).toBeGreaterThan(0);
    await open();
    await page.waitForFunction(() => (window as Win).__partnership?.overviewShown());
    await expect(page.locator("#overview").isVisible()).resolves.toBe(true);
    expect(new Set(await partnership(h => h.overviewNodes()))).toEqual(new Set(net.nodes.map(n => n.id)));

    // Sizes follow strength, the sum of each city's tie weights, summed here from the API's ties.
    const strength = new Map<string, number>();
    for (const tie of net.ties) {
      for (const end of [tie.a.id, tie.b.id]) strength.set(end, (strength.get(end) ?? 0) + tie.weight);
    }
    const sizes = await partnership(h => h.overviewSizes());
    for (const a of net.nodes) {
      for (const b of net.nodes) {
        const sa = strength.get(a.id) ?? 0;
        const sb = strength.get(b.id) ?? 0;
        if (sa > sb + 1e-9) expect(sizes[a.id]).toBeGreaterThan(sizes[b.id]!);
      }
    }

    // One line says what is drawn: level, counts, tie kinds and modalities as the API echoes them.
    const line = (await page.locator("#overview-line").textContent())!;
    expect(line).toContain(`${net.nodes.length} 个节点`);
    expect(line).toContain(`${net.ties.length} 条合作纽带`);
    for (const kind of net.network.tieKinds) {
      expect(line).toContain(word(`tieKind.${kind}` as keyof typeof PARTNERSHIP_MESSAGES, ZH));
    }
    for (const m of net.network.modalities) {
      expect(line).toContain(word(`modality.${m}` as keyof typeof PARTNERSHIP_MESSAGES, ZH));
    }
    await shot("1-first-screen");

    // In English the line and the captions are English, and the two Suzhous keep apart.
    await page.selectOption("#script", "en");
    const en = (await page.locator("#overview-line").textContent())!;
    expect(HAN.test(en)).toBe(false);
    for (const kind of net.network.tieKinds) {
      expect(en).toContain(word(`tieKind.${kind}` as keyof typeof PARTNERSHIP_MESSAGES, EN));
    }
    const captions = await page.evaluate(
      ids => ids.map(id => (window as Win).__partnership!.overviewLabel(id)),
      net.nodes.map(n => n.id),
    );
    expect(new Set(captions).size).toBe(net.nodes.length);

    // A click on a tie explains it; a click on the strongest city puts it in the scene and the scene takes over.
    const strongest = [...strength].sort((x, y) => y[1] - x[1])[0]![0];
    const at = await page.evaluate(id => (window as Win).__partnership!.overviewPosition(id), strongest);
    await page.mouse.click(at!.x, at!.y);
    await idle();
    expect(await page.evaluate(() => (window as Win).__explorer!.nodes())).toEqual([strongest]);
    await expect(page.locator("#overview").isVisible()).resolves.toBe(false);
  });

  it("should find paths on partnership ties by default, each in its colour with a toggle, a planned step dashed, and copy one with its citations", async () => {
    // A planned tie a–b followed by an actual tie b–c, where a and c are not tied: the path a→c must step through the plan.
    const ties = (
      await service.gql<{ partnershipNetwork: { ties: (ApiTie & { a: { name: string }; b: { name: string } })[] } }>(
        `{ partnershipNetwork(network: { modalities: [ACTUAL, PLANNED, ASPIRATION] }) { ties { a { id name } b { id name } weight modality kinds } } }`,
      )
    ).data!.partnershipNetwork.ties;
    const tied = new Set(ties.flatMap(t => [`${t.a.id}|${t.b.id}`, `${t.b.id}|${t.a.id}`]));
    const names = new Map(ties.flatMap(t => [[t.a.id, t.a.name] as const, [t.b.id, t.b.name] as const]));
    const ends = (t: ApiTie) => [t.a.id, t.b.id];
    const candidates = ties
      .filter(t => t.modality !== "ACTUAL")
      .flatMap(p =>
        ties
          .filter(q => q.modality === "ACTUAL")
          .flatMap(q => {
            const shared = ends(p).find(e => ends(q).includes(e));
            if (!shared) return [];
            const a = ends(p).find(e => e !== shared)!;
            const c = ends(q).find(e => e !== shared)!;
            return a !== c && !tied.has(`${a}|${c}`) ? [{ a, c }] : [];
          }),
      );
    let chosen: { a: string; c: string; paths: ApiPath[] } | null = null;
    for (const { a, c } of candidates.slice(0, 10)) {
      const res = await service.gql<{ partnershipPaths: { paths: ApiPath[] } }>(
        `query($a: String!, $c: String!) { partnershipPaths(from: $a, to: $c, mode: K_SHORTEST, k: 3,
          partnership: { modalities: [ACTUAL, PLANNED, ASPIRATION] }) { paths { nodes { id name } steps {
          from { id } to { id } modality evidence { quote source { title publisher } } tie { first { date basis } } } } } }`,
        { a, c },
      );
      const paths = res.data!.partnershipPaths.paths;
      if (paths.some(p => p.steps.some(s => s.modality === "PLANNED"))) {
        chosen = { a, c, paths };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const { a, c, paths } = chosen!;

    await open();
    await add(names.get(a)!, a);
    await add(names.get(c)!, c);
    await menuAction(a, "path-from");
    await menuAction(c, "path-to");
    await expect(page.locator("#path-network").inputValue()).resolves.toBe("PARTNERSHIP");
    await page.selectOption("#path-mode", "3");
    await page.locator("#path-show").click();
    await idle();

    // Every path the API finds is listed and drawn in its own colour; planned steps are dashed.
    await expect(page.locator("#path-steps section.path").count()).resolves.toBe(paths.length);
    const drawn = await partnership(h => h.drawnSteps());
    const colours = new Set(drawn.map(d => d.colour));
    expect(colours.size).toBe(paths.length);
    paths.forEach((p, i) => {
      const mine = drawn.filter(d => d.path === i);
      expect(mine.map(d => [d.from, d.to])).toEqual(p.steps.map(s => [s.from.id, s.to.id]));
      expect(mine.map(d => d.dashed)).toEqual(p.steps.map(s => s.modality !== "ACTUAL"));
    });
    const plannedAt = paths.findIndex(p => p.steps.some(s => s.modality === "PLANNED"));
    const section = page.locator(`#path-steps section.path[data-path="${plannedAt}"]`);
    const step = paths[plannedAt]!.steps.findIndex(s => s.modality === "PLANNED");
    const li = section.locator("li.step").nth(step);
    await expect(li.getAttribute("class")).resolves.toContain("modality-planned");
    const meta = (await li.locator(".step-meta").textContent())!;
    expect(meta).toContain(word("modality.PLANNED", ZH));
    const first = paths[plannedAt]!.steps[step]!.tie!.first;
    if (first?.basis) expect(meta).toContain(word(`basis.${first.basis}` as keyof typeof PARTNERSHIP_MESSAGES, ZH));
    const quotes = await li.locator(".quote-text").allTextContents();
    expect(new Set(quotes)).toEqual(new Set(paths[plannedAt]!.steps[step]!.evidence.map(e => e.quote)));
    await section.scrollIntoViewIfNeeded();
    await shot("2-planned-path");

    // The chain copied as text names every entity, every quote and every source with its publisher.
    await section.locator("button.path-copy").click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const n of paths[plannedAt]!.nodes) expect(copied).toContain(n.name);
    for (const s of paths[plannedAt]!.steps) {
      for (const ev of s.evidence) {
        expect(copied).toContain(ev.quote);
        expect(copied).toContain(ev.source.title);
        if (ev.source.publisher) expect(copied).toContain(ev.source.publisher);
      }
    }

    // A toggle hides its path and no other.
    await section.locator("input.path-toggle").uncheck();
    const after = await partnership(h => h.drawnSteps());
    expect(after.some(d => d.path === plannedAt)).toBe(false);
    expect(after.length).toBe(drawn.filter(d => d.path !== plannedAt).length);

    // The fact network is there when asked for, narrowed by relationship types.
    await page.selectOption("#path-network", "FACTS");
    await expect(page.locator("#path-via").isVisible()).resolves.toBe(true);
    await page.selectOption("#path-mode", "1");
    await page.locator("#path-show").click();
    await idle();
    const facts = await service.gql<{ partnershipPaths: { paths: { steps: { relationId: string }[] }[] } }>(
      `{ partnershipPaths(network: FACTS, from: "${a}", to: "${c}", maxHops: 6) { paths { steps { relationId } } } }`,
    );
    const factSteps = facts.data!.partnershipPaths.paths[0]?.steps ?? [];
    await expect(page.locator("#path-steps li.step").count()).resolves.toBe(factSteps.length);
  });

  it("should read an entity's values as a reader does: sources by title, dates with their basis, people's names romanised", async () => {
    const seeds = seedFiles();
    // A dated event whose date was placed by inference, from the API's stored properties.
    const events = (
      await service.gql<{
        subgraph: { nodes: { id: string; caption: string; properties: Record<string, unknown> }[] };
      }>(`{ subgraph(scope: { kinds: [Event] }, limit: 200) { nodes { id caption properties } } }`)
    ).data!.subgraph.nodes;
    const event = events.find(
      e => e.properties.dateBasis && e.properties.dateBasis !== "STATED" && e.properties.dateResolved,
    )!;
    expect(event).toBeDefined();
    const titleOf = new Map(seeds.map(s => [s.seed.source.id, s.seed.source.title] as const));
    const sourceIds = event.properties.sources as string[];

    await open();
    await add(event.caption, event.id);
    const row = (key: string) =>
      page.locator("#details table.props tr", { has: page.locator(`td:text-is("${key}")`) }).locator("td.data");
    await page.waitForFunction(
      title =>
        Array.from(document.querySelectorAll("#details table.props td.data")).some(td =>
          td.textContent?.includes(title),
        ),
      titleOf.get(sourceIds[0]!)!,
    );
    const sources = (await row("来源").textContent())!;
    for (const id of sourceIds) {
      expect(sources).toContain(titleOf.get(id)!);
      expect(sources).not.toContain(id);
    }
    const when = (await row("日期（及其依据）").textContent())!;
    const [y, m, d] = String(event.properties.dateResolved).split("-").map(Number);
    expect(when).toContain(`${y}年${m}月${d ? `${d}日` : ""}`);
    expect(when).toContain(
      word(`basis.${String(event.properties.dateBasis)}` as keyof typeof PARTNERSHIP_MESSAGES, ZH),
    );

    // A person with no English name is captioned surname first, capitalised, the given name joined.
    const person = seeds
      .flatMap(s => s.seed.entities)
      .find(e => e.kind === "Person" && !e.nameEn && /^\p{Script=Han}{3}$/u.test(e.name))!;
    const pinyin = (
      await service.gql<{ entity: { pinyin: string } }>(`query($id: ID!) { entity(id: $id) { pinyin } }`, {
        id: person.id,
      })
    ).data!.entity.pinyin.split(" ");
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    const expected = `${cap(pinyin[0]!)} ${cap(pinyin.slice(1).join(""))}`;
    await add(person.name, person.id);
    await page.selectOption("#script", "en");
    await idle();
    const label = await page.evaluate(
      id => (window as unknown as { __explorer: { labelOf(i: string): string } }).__explorer.labelOf(id),
      person.id,
    );
    expect(label).toBe(expected);
    await expect(page.locator("#details h2").first().textContent()).resolves.toContain(expected);
    await shot("3-inspector");
  });

  it("should save a named scene with an editor key, list and open it without one, and delete it only with the key", async () => {
    await open();
    await add("徐州", "city-xuzhou");
    await add("扬州", "city-yangzhou");
    const scene = new Set(await page.evaluate(() => (window as Win).__explorer!.nodes()));
    const name = `${TAG} 徐州与扬州`;
    await page.locator("#scenes-menu summary").click();
    await page.fill("#scene-name", name);
    await page.fill("#scene-key", TEST_KEYS.editor);
    await page.locator("#scene-save").click();
    await page.locator("#scene-list li", { hasText: name }).waitFor();
    const api = await service.gql<{ savedScenes: { name: string; nodes: number }[] }>("{ savedScenes { name nodes } }");
    expect(api.data!.savedScenes.find(s => s.name === name)?.nodes).toBe(scene.size);
    await page.close();

    // A reader in a fresh tab, with no key, lists it in English and opens it.
    await open();
    await page.selectOption("#script", "en");
    await expect(page.locator("#scenes-menu summary").textContent()).resolves.toBe("Saved scenes");
    await page.locator("#scenes-menu summary").click();
    await page.locator("#scene-list li", { hasText: name }).locator("button.scene-open").click();
    await idle();
    expect(new Set(await page.evaluate(() => (window as Win).__explorer!.nodes()))).toEqual(scene);
    await expect(page.locator("#overview").isVisible()).resolves.toBe(false);
    await shot("4-saved-scene");

    // Deleting without the key is refused and says why; with it, the scene is gone.
    page.on("dialog", d => void d.accept());
    await page.locator("#scenes-menu summary").click();
    await page.locator("#scene-list li", { hasText: name }).locator("button.scene-delete").click();
    await page.locator("#status.error").waitFor();
    await expect(page.locator("#scene-list li", { hasText: name }).count()).resolves.toBe(1);
    await page.fill("#scene-key", TEST_KEYS.editor);
    await page.locator("#scene-list li", { hasText: name }).locator("button.scene-delete").click();
    await page.waitForFunction(n => !document.querySelector("#scene-list")!.textContent!.includes(n), name);
    const after = await service.gql<{ savedScenes: { name: string }[] }>("{ savedScenes { name } }");
    expect(after.data!.savedScenes.map(s => s.name)).not.toContain(name);
  });
});
