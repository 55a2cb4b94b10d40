import fs from "node:fs";
import { MESSAGES } from "../../explorer/src/i18n/messages";
import { PARTNERSHIP_MESSAGES } from "../../explorer/src/i18n/partnership-messages";
import { INFERRED_COLOUR, INFERRED_NOT_YET_COLOUR } from "../../explorer/src/time/inferred-colours";
import { CHROMIUM, haveChromium } from "../support/browser";
import { seedFiles } from "../support/seed-fixtures";
import { ExplorerPage, explorerSuite } from "./explorer-page";
import { entityIn, expectedDate } from "./relation-when";

// What a researcher reads off the inspector (issue 14): a relationship's date with how it is known, and entity
// dots in the colour the active rule gives. Expectations come from the seed files, never from the page.
const GOV = "gov-yangzhou-government";
const NO_VALUE = "rgb(217, 217, 217)";
const seeds = seedFiles();
/** A relationship's modality by the seeds: actual when any file reports it as happened (absent reads as ACTUAL). */
const seedModality = (source: string, type: string, target: string) =>
  seeds
    .flatMap(s => s.seed.relations)
    .filter(r => r.from === source && r.type === type && r.to === target)
    .some(r => (r.modality ?? "ACTUAL") === "ACTUAL")
    ? "ACTUAL"
    : "NOT_YET";
/** How the sources support a relationship, where one seed file alone states it (else a merge decides: null). */
const seedEvidenceKind = (source: string, type: string, target: string) => {
  const stated = seeds
    .flatMap(s => s.seed.relations)
    .filter(r => r.from === source && r.type === type && r.to === target);
  return stated.length === 1 ? (stated[0]!.evidenceKind ?? "STATED") : null;
};
/** 2022-09-07 as 简体 writes it: 2022年9月7日. */
const hans = (iso: string) =>
  iso
    .split("-")
    .map((p, i) => `${Number(p)}${["年", "月", "日"][i]}`)
    .join("");

const rgb = (hex: string) => `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser(`explorer inspector for research in Chromium (${CHROMIUM})`, () => {
  const suite = explorerSuite();
  let x: ExplorerPage;

  afterEach(async () => x?.close());

  const govScene = async () => {
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    await x.add(entityIn.get(GOV)!.entity.name, GOV);
    await x.expand(GOV);
  };

  it("should show each relationship's date with its basis and precision in the edge inspector", async () => {
    await govScene();
    await x.page.selectOption("#script", "hans");
    const edges = await x.hooks(h => h.edgeList());
    const bases = new Set<string>();
    const evidenceKinds = new Set<string>();
    for (const e of edges) {
      const want = expectedDate(e.source, e.type, e.target);
      await x.page.evaluate(id => window.__explorer!.showEdge(id), e.id);
      const line = x.page.locator("#details .edge-details .relation-date");
      await line.waitFor();
      const text = (await line.textContent())!;
      // A link no sentence states says so, in words; a stated one says nothing more.
      const kind = seedEvidenceKind(e.source, e.type, e.target);
      const kindLine = x.page.locator("#details .edge-details .evidence-kind");
      if (kind) evidenceKinds.add(kind);
      if (kind === "STATED") expect(await kindLine.count()).toBe(0);
      else if (kind) {
        const message = kind === "BACKGROUND" ? "details.background" : "details.implied";
        await expect(kindLine.textContent()).resolves.toBe(MESSAGES[message][0]);
      }
      if (!want) {
        expect(await line.getAttribute("data-basis")).toBeNull();
        continue;
      }
      bases.add(want.basis);
      expect(await line.getAttribute("data-basis")).toBe(want.basis);
      expect(await line.getAttribute("data-precision")).toBe(["YEAR", "MONTH", "DAY"][want.date.split("-").length - 1]);
      expect(text).toContain(hans(want.date));
      expect(text).toContain(PARTNERSHIP_MESSAGES[`basis.${want.basis}` as "basis.STATED"][0]);
    }
    // The seeds give this scene both kinds: dates inferred from the page (the agreement) and reports (the rest).
    expect(bases).toEqual(new Set(["FROM_PAGE_DATE", "PUBLISHED"]));
    // ... and links both stated and implied (the government sits in its city by its name).
    expect(evidenceKinds).toEqual(new Set(["STATED", "IMPLIED"]));

    // In English the same date reads with its basis in English.
    await x.page.selectOption("#script", "en");
    const agreement = edges.find(e => entityIn.get(e.target)?.entity.kind === "Agreement")!;
    await x.page.evaluate(id => window.__explorer!.showEdge(id), agreement.id);
    await expect(x.page.locator("#details .relation-date").textContent()).resolves.toContain(
      PARTNERSHIP_MESSAGES["basis.FROM_PAGE_DATE"][2],
    );
    await x.shot("edge-date");
  });

  it("should filter relationships on the time slider by when they happened, mark inferred dates, and count the same in the histogram", async () => {
    await govScene();
    const edges = (await x.hooks(h => h.edgeList())).map(e => ({
      ...e,
      when: expectedDate(e.source, e.type, e.target),
    }));
    const dated = edges.filter(e => e.when).sort((a, b) => a.when!.date.localeCompare(b.when!.date));
    expect(dated.length).toBeGreaterThan(0);
    // Each year's bar counts what the filter places in that year: the scene's relationships by their date (from
    // the seeds) and its agreements and events by theirs.
    const timelines = await x.hooks(h => h.nodes().map(n => h.timelineOf(n)));
    const perYear = new Map<string, number>();
    for (const d of [...timelines, ...edges.map(e => e.when?.date)]) {
      if (d) perYear.set(d.slice(0, 4), (perYear.get(d.slice(0, 4)) ?? 0) + 1);
    }
    const bars = await x.page
      .locator("#time-hist .year")
      .evaluateAll(els => els.map(e => [(e as HTMLElement).dataset.year!, Number((e as HTMLElement).dataset.count)]));
    expect(bars.length).toBeGreaterThan(0);
    for (const [year, count] of bars) expect([year, count]).toEqual([year, perYear.get(String(year)) ?? 0]);
    expect(bars.reduce((n, [, c]) => n + Number(c), 0)).toBe([...perYear.values()].reduce((a, b) => a + b, 0));

    const domain = (await x.hooks(h => h.timeDomain()))!;
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    const asOf = async (iso: string) => {
      await x.page.locator("#time-to").evaluate(
        (el, v) => {
          const input = el as HTMLInputElement;
          input.value = String(v);
          input.dispatchEvent(new Event("input", { bubbles: true }));
        },
        day(iso) - day(domain.min),
      );
      expect((await x.hooks(h => h.timeWindow()))?.to).toBe(iso);
    };
    /** Each relationship between two shown entities is drawn when its date is by then, or it has none. */
    const expectCut = async (cut: string) => {
      const shownNodes = new Set(await x.hooks(h => h.visibleNodes()));
      const shown = new Set(await x.hooks(h => h.visibleEdges()));
      const colours = await x.hooks(h => h.edgeColours());
      for (const e of edges) {
        if (!shownNodes.has(e.source) || !shownNodes.has(e.target)) continue;
        expect([e.id, shown.has(e.id)]).toEqual([e.id, !e.when || e.when.date <= cut]);
        // A date the article does not state is marked while a bound is set.
        if (shown.has(e.id) && e.when) {
          const marked = [INFERRED_COLOUR, INFERRED_NOT_YET_COLOUR].includes(colours[e.id]!);
          expect([e.id, marked]).toEqual([e.id, e.when.basis !== "STATED"]);
        }
      }
    };
    // The latest dated relationship: hidden as of the day before its date, shown from its first day.
    const last = dated.at(-1)!;
    const firstDay = `${last.when!.date}-01-01`.slice(0, 10);
    const dayBefore = new Date(Date.parse(firstDay) - 86_400_000).toISOString().slice(0, 10);
    await asOf(dayBefore);
    expect(await x.hooks(h => h.visibleEdges())).not.toContain(last.id);
    await expectCut(dayBefore);
    await asOf(firstDay);
    expect(await x.hooks(h => h.visibleEdges())).toContain(last.id);
    await expectCut(firstDay);
    if (last.when!.basis !== "STATED") {
      await expect(x.page.locator("#legend li.inferred").count()).resolves.toBeGreaterThan(0);
    }
    await x.shot("slider-when");

    // The picture for a report explains the marking too: one legend row for the marked links it draws that
    // happened, one for those planned or hoped for, and none for a kind it does not draw.
    await x.page.selectOption("#script", "en");
    const shownNodes = new Set(await x.hooks(h => h.visibleNodes()));
    const shownEdges = new Set(await x.hooks(h => h.visibleEdges()));
    const marked = edges.filter(
      e =>
        shownEdges.has(e.id) &&
        shownNodes.has(e.source) &&
        shownNodes.has(e.target) &&
        e.when &&
        e.when.basis !== "STATED",
    );
    expect(marked.length).toBeGreaterThan(0);
    const markedModalities = new Set(marked.map(e => seedModality(e.source, e.type, e.target)));
    const svgLegend = async () => {
      await x.page.locator("#share-menu summary").click();
      const download = x.page.waitForEvent("download");
      await x.page.locator("#export-svg").click();
      const text = fs.readFileSync((await (await download).path())!, "utf8");
      await x.page.keyboard.press("Escape");
      return x.page.evaluate(svg => {
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        return Array.from(doc.querySelectorAll("svg > g:last-of-type > text")).map(e => e.textContent ?? "");
      }, text);
    };
    const boundedLegend = await svgLegend();
    expect(boundedLegend.includes(MESSAGES["legend.inferred"][2])).toBe(markedModalities.has("ACTUAL"));
    expect(boundedLegend.includes(MESSAGES["legend.inferredNotYet"][2])).toBe(markedModalities.has("NOT_YET"));
    // With no bound nothing is marked.
    await x.page.locator("#time-reset").click();
    const colours = await x.hooks(h => h.edgeColours());
    for (const e of edges) {
      expect([e.id, [INFERRED_COLOUR, INFERRED_NOT_YET_COLOUR].includes(colours[e.id]!)]).toEqual([e.id, false]);
    }
    await expect(x.page.locator("#legend li.inferred").count()).resolves.toBe(0);
    const openLegend = await svgLegend();
    expect(
      openLegend.filter(l => [MESSAGES["legend.inferred"][2], MESSAGES["legend.inferredNotYet"][2]].includes(l)),
    ).toEqual([]);
  });

  it("should colour the inspector's and the search list's dots by the active colour rule", async () => {
    await govScene();
    const dotColour = (selector: string) =>
      x.page
        .locator(selector)
        .first()
        .evaluate(d => getComputedStyle(d).backgroundColor);
    const at = await x.screenPos(GOV);
    await x.page.mouse.click(at.x, at.y);
    const inspectorDot = "#details .node-details h2 .dot";
    await x.page.locator(inspectorDot).waitFor();
    const byKind = await dotColour(inspectorDot);
    expect(byKind).toBe(rgb((await x.hooks(h => h.colours()))[GOV]!));

    await x.page.selectOption("#colour-by", "COMMUNITY:WCC");
    await x.page.selectOption("#colour-network", "SCENE");
    await x.page.waitForFunction(
      ([id, before]) => window.__explorer!.colours()[id!] !== before,
      [GOV, (await x.hooks(h => h.colours()))[GOV]!],
    );
    await x.idle();
    const drawn = await x.hooks(h => h.colours());
    // The open inspector recolours without being opened again, and follows the canvas.
    await expect(dotColour(inspectorDot)).resolves.toBe(rgb(drawn[GOV]!));
    expect(rgb(drawn[GOV]!)).not.toBe(byKind);

    // The search list: an entity on the canvas in its drawn colour; one off it has no community, so no colour.
    const scene = new Set(Object.keys(drawn));
    await x.page.fill("#search", "扬州");
    await x.page.locator("#search-results li[data-id]").first().waitFor();
    const rows = await x.page.locator("#search-results li[data-id]").evaluateAll(lis =>
      lis.map(li => ({
        id: (li as HTMLElement).dataset.id!,
        colour: getComputedStyle(li.querySelector(".dot")!).backgroundColor,
      })),
    );
    expect(rows.some(r => scene.has(r.id))).toBe(true);
    expect(rows.some(r => !scene.has(r.id))).toBe(true);
    for (const r of rows) expect(r.colour).toBe(scene.has(r.id) ? rgb(drawn[r.id]!) : NO_VALUE);
    await x.shot("community-dots");
  });

  /** The id of the seeds' city of this Chinese name. */
  const cityNamed = (name: string) =>
    [...entityIn.values()].find(e => e.entity.kind === "City" && e.entity.name === name)!.entity.id;

  /** The partners the API gives a city at CITY level (what the phrase must put on the canvas). */
  const apiPartners = async (id: string, from: string | null | number) => {
    const res = await suite.service.gql<{ partners: { edges: { partner: { id: string } }[] } }>(
      `query($id: String!, $network: NetworkQuestionInput) { partners(id: $id, first: 100, network: $network) { edges { partner { id } } } }`,
      { id, network: { level: "CITY", modalities: ["ACTUAL", "PLANNED"], from } },
    );
    return res.data!.partners.edges.map(e => e.partner.id);
  };

  const ask = async (text: string, label: string) => {
    await x.page.fill("#search", text);
    const row = x.page.locator("#search-results li.phrase").first();
    await row.waitFor();
    // The question is offered first, above any name the text matches.
    await expect(x.page.locator("#search-results li").first().getAttribute("class")).resolves.toContain("phrase");
    await expect(row.textContent()).resolves.toBe(label);
    await row.click();
    await x.idle();
  };

  it.each([
    ["hans", "partners of 上海", "上海", null, "显示上海的合作伙伴"],
    ["hant", "上海的合作伙伴", "上海", null, "顯示上海的合作夥伴"],
  ])("should answer the phrase in %s %j with the city's partners", async (lang, text, name, since, label) => {
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    await x.page.selectOption("#script", lang);
    await ask(text, label);
    const city = cityNamed(name);
    const partners = await apiPartners(city, since);
    expect(partners.length).toBeGreaterThan(0);
    expect(new Set(await x.hooks(h => h.nodes()))).toEqual(new Set([city, ...partners]));
    await expect(x.hooks(h => h.timeWindow())).resolves.toBeNull();
  });

  it.each([
    [
      "en",
      (n: string, y: number) => `partners of ${n} since ${y}`,
      (n: string, y: number) => `Show partners of ${n} (since ${y})`,
    ],
    [
      "hans",
      (n: string, y: number) => `${n}${y}年以来的合作伙伴`,
      (n: string, y: number) => `显示${n}的合作伙伴（${y}年以来）`,
    ],
  ])(
    "should answer a %s phrase with a year by the partners since then and a time window from then",
    async (lang, text, label) => {
      // A city with partners since a year the seeds date, found by asking the API, not the page.
      const cities = [...entityIn.values()].filter(e => e.entity.kind === "City").map(e => e.entity);
      const years = [
        ...new Set(
          seeds.flatMap(s => (s.seed.source.publishedOn ? [Number(s.seed.source.publishedOn.slice(0, 4))] : [])),
        ),
      ].sort();
      let pick: { name: string; id: string; year: number; partners: string[] } | undefined;
      for (const year of years.reverse()) {
        for (const c of cities) {
          const partners = await apiPartners(c.id, String(year));
          if (partners.length && !pick) pick = { name: c.name, id: c.id, year, partners };
        }
      }
      expect(pick).toBeDefined();
      x = await ExplorerPage.open(suite.browser, suite.service.url);
      await x.page.selectOption("#script", lang);
      await ask(text(pick!.name, pick!.year), label(pick!.name, pick!.year));
      expect(new Set(await x.hooks(h => h.nodes()))).toEqual(new Set([pick!.id, ...pick!.partners]));
      await expect(x.hooks(h => h.timeWindow())).resolves.toEqual({ from: `${pick!.year}-01-01`, to: null });
    },
  );

  it.each([
    ["hans", "path from 扬州 to 常州", "显示从扬州到常州的路径"],
    ["en", "扬州 到 常州", "Show paths from 扬州 to 常州"],
  ])("should answer the phrase in %s %j with the path finder's paths", async (lang, text, label) => {
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    await x.page.selectOption("#script", lang);
    // Over the stored relationships, as a researcher picks in the path box (two cities share no partnership path).
    await x.page.selectOption("#path-network", "FACTS");
    await ask(text, label);
    const [from, to] = [cityNamed("扬州"), cityNamed("常州")];
    const k = Number(await x.page.locator("#path-mode").inputValue());
    const res = await suite.service.gql<{ partnershipPaths: { paths: { nodes: { id: string }[] }[] } }>(
      `query($k: Int, $mode: PathMode) { partnershipPaths(network: FACTS, from: "${from}", to: "${to}", mode: $mode, k: $k, maxHops: 6) { paths { nodes { id } } } }`,
      { k, mode: k > 1 ? "K_SHORTEST" : "SHORTEST" },
    );
    const paths = res.data!.partnershipPaths.paths;
    expect(paths.length).toBeGreaterThan(0);
    const shown = await x.hooks(h => h.highlightedPath());
    expect(new Set(shown.nodes)).toEqual(new Set(paths.flatMap(p => p.nodes.map(n => n.id))));
    await expect(x.page.locator("#path-steps li.step").count()).resolves.toBeGreaterThan(0);
    await x.shot(`phrase-path-${lang}`);
  });

  it("should cut the first screen's partnership network to the corridor picked, and back to the whole graph", async () => {
    type Win = Window & { __partnership?: { overviewShown(): boolean; overviewNodes(): string[] } };
    const nodes = () => x.page.evaluate(() => (window as Win).__partnership!.overviewNodes());
    x = await ExplorerPage.open(suite.browser, suite.service.url);
    await x.page.selectOption("#script", "hans");
    await x.page.waitForFunction(() => (window as Win).__partnership?.overviewShown());
    const whole = new Set(await nodes());
    const relations = seeds.flatMap(s => s.seed.relations);
    const corridors = [...entityIn.values()].filter(e => e.entity.kind === "Corridor").map(e => e.entity);
    expect(corridors.length).toBeGreaterThanOrEqual(2);
    // The picker offers every corridor of the seeds, by name.
    const offered = await x.page
      .locator("#overview-corridor option")
      .evaluateAll(os => os.map(o => (o as HTMLOptionElement).value));
    expect(new Set(offered)).toEqual(new Set(["", ...corridors.map(c => c.id)]));

    for (const corridor of corridors) {
      await x.page.selectOption("#overview-corridor", corridor.id);
      await x.page.waitForFunction(n => (window as Win).__partnership!.overviewNodes().length !== n, whole.size);
      await x.idle();
      const cut = new Set(await nodes());
      // By the seeds: the corridor's member cities on the whole network stay, and nothing else but what links to them.
      const members = new Set(
        relations
          .filter(r => ["MEMBER_OF", "CENTRAL_CITY_OF"].includes(r.type) && r.to === corridor.id)
          .map(r => r.from),
      );
      const linked = new Set(
        relations.flatMap(r => (members.has(r.from) ? [r.to] : members.has(r.to) ? [r.from] : [])),
      );
      for (const m of members) if (whole.has(m)) expect(cut).toContain(m);
      for (const n of cut) {
        expect(whole).toContain(n);
        expect(members.has(n) || linked.has(n) || n === corridor.id).toBe(true);
      }
      expect(cut.size).toBeLessThan(whole.size);
      await expect(x.page.locator("#overview-line").textContent()).resolves.toContain(corridor.name);
      await x.shot(`overview-${corridor.id}`);
    }
    await x.page.selectOption("#overview-corridor", "");
    await x.page.waitForFunction(n => (window as Win).__partnership!.overviewNodes().length === n, whole.size);
    expect(new Set(await nodes())).toEqual(whole);
  });
});
