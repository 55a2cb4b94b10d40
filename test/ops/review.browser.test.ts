import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "../support/browser";
import { startTestService, type TestService } from "../support/harness";

// The curator's review view at /explore/review, driven in Debian's Chromium: paste a page, see the
// drafted candidates highlighted, accept some, reject one, commit with an editor key, and draft again.
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const EDITOR_KEY = "test-editor-key";

// Every institution on the page carries the run's tag in its name, so every id written contains it.
const tag = `zzr${Date.now().toString(36)}`;
const PAGE = [
  `${tag}科技大学与${tag}研究院签署全面战略合作协议`,
  "",
  `11月8日,${tag}科技大学与${tag}研究院在上海签署全面战略合作协议。${tag}科技大学校长王建国出席签约仪式并致辞。`,
  `双方将共建${tag}联合实验室,首批签约项目12个。`,
].join("\n");

interface Candidate {
  candidateKey: string;
  quote: string;
  start: number;
  end: number;
}
interface ReviewHooks {
  idle(): boolean;
  keys(): string[];
  entities(): (Candidate & { id: string; kind: string; name: string; nameStart: number; nameEnd: number })[];
  relations(): (Candidate & { type: string; from: string; to: string; modality: string; evidenceKind: string })[];
  status(): string;
}
declare global {
  interface Window {
    __review?: ReviewHooks;
  }
}

(haveChromium ? describe : describe.skip)("review view (Chromium)", () => {
  let service: TestService;
  let browser: Browser;
  let page: Page;
  // The function is sent as source and applied to the page's hooks there.
  const hooks = <T>(fn: (h: ReviewHooks) => T) => page.evaluate(`(${fn.toString()})(window.__review)`) as Promise<T>;
  const idle = () =>
    page.waitForFunction(() => window.__review?.idle() === true && !/…$/.test(window.__review.status() ?? ""));

  beforeAll(async () => {
    execFileSync(process.execPath, [path.resolve(__dirname, "../../explorer/build.mjs")], { stdio: "pipe" });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    service = await startTestService();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await service?.app.db.write("test/delete-tagged-writes", { tag });
    await browser?.close();
    await service?.stop();
  });

  it("should highlight the drafted candidates, commit the accepted ones and not propose a rejected one again", async () => {
    const errors: string[] = [];
    page.on("pageerror", e => errors.push(e.message));
    await page.goto(`${service.url}/explore/review`);
    await page.fill("#editor-key", EDITOR_KEY);
    await page.fill("#page", PAGE);
    await page.click("#draft");
    await idle();

    const entities = await hooks(h => h.entities());
    const relations = await hooks(h => h.relations());
    // Every quote is the page's own text at its offsets, and every entity's name is highlighted.
    for (const c of [...entities, ...relations]) expect(PAGE.slice(c.start, c.end)).toBe(c.quote);
    // Marks are cut where candidates overlap; the pieces carrying an entity's key spell its name.
    const marks = await page
      .locator("#text mark.hl-entity")
      .evaluateAll(ms => ms.map(m => ({ text: m.textContent ?? "", keys: (m as HTMLElement).dataset.keys ?? "" })));
    for (const e of entities) {
      const pieces = marks.filter(m => m.keys.split(" ").includes(e.candidateKey)).map(m => m.text);
      expect(pieces.join("")).toBe(PAGE.slice(e.nameStart, e.nameEnd));
    }

    // The two institutions the page names with the tag, and the agreement between them.
    const tagged = entities.filter(e => e.id.includes(tag) && e.kind !== "Platform");
    expect(tagged.map(e => e.kind).sort()).toEqual(["Agreement", "ResearchInstitute", "University"]);
    const agreement = tagged.find(e => e.kind === "Agreement")!;
    const parties = relations.filter(
      r => r.type === "PARTY_TO" && r.to === agreement.id && tagged.some(e => e.id === r.from),
    );
    expect(parties).toHaveLength(2);
    const person = entities.find(e => e.kind === "Person")!;
    expect(PAGE).toContain(person.name);

    const card = (key: string) => page.locator(`li.card[data-key="${key}"]`);
    for (const c of [...tagged, ...parties]) await card(c.candidateKey).locator("button.verdict-accepted").click();
    await card(person.candidateKey).locator("button.verdict-rejected").click();
    expect(await card(person.candidateKey).getAttribute("class")).toMatch(/rejected/);
    await page.screenshot({ path: path.join(ARTIFACTS, "review.png"), fullPage: true });

    await page.click("#commit");
    await idle();
    expect(await hooks(h => h.status())).toContain("committed 3 entities and 2 relations");

    // What the graph now says, read back through the API.
    const read = await service.gql<{
      entity: { id: string; evidence: { quote: string }[]; parties?: { id: string }[] } | null;
    }>("query($id: ID!) { entity(id: $id) { id evidence { quote } ... on Agreement { parties { id } } } }", {
      id: agreement.id,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data!.entity!.evidence.map(e => e.quote)).toContain(agreement.quote);
    expect(read.data!.entity!.parties!.map(p => p.id).sort()).toEqual(parties.map(p => p.from).sort());
    // Each committed link means what its candidate said (a planned one is not written as done).
    for (const r of parties) {
      const link = await service.gql<{
        entity: { relations: { modality: string; evidenceKind: string; other: { id: string } }[] };
      }>(
        "query($id: ID!) { entity(id: $id) { relations(types: [PARTY_TO], direction: OUT) { modality evidenceKind other { id } } } }",
        {
          id: r.from,
        },
      );
      expect(link.data!.entity.relations.find(l => l.other.id === r.to)).toMatchObject({
        modality: r.modality,
        evidenceKind: r.evidenceKind,
      });
    }
    const rejected = await service.gql("query($id: ID!) { entity(id: $id) { id } }", { id: person.id });
    expect(rejected.data?.entity ?? null).toBeNull();

    // A second draft of the same page leaves the rejected candidate out.
    await page.click("#draft");
    await idle();
    const keys = await hooks(h => h.keys());
    expect(keys).not.toContain(person.candidateKey);
    expect(keys).toEqual(expect.arrayContaining(tagged.map(e => e.candidateKey)));
    expect(await hooks(h => h.status())).toContain("1 rejected before");
    expect(errors).toEqual([]);
  });

  it("should refuse to draft without an editor key, and say so", async () => {
    await page.fill("#editor-key", "");
    await page.click("#draft");
    await idle();
    expect(await page.locator("#status").getAttribute("class")).toBe("error");
    expect(await hooks(h => h.status())).toContain("UNAUTHENTICATED");
  });
});
