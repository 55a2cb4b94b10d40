import { matchTextOf, pageSpan, touchesMojibake } from "../../../src/extract/script";
import { curated } from "./extract.fixtures";

describe("script handling", () => {
  it.each(curated.map(c => [c.file, c.seed, c.page] as const))(
    "should detect the script the curator recorded for %s",
    (_file, seed, page) => {
      expect(matchTextOf(page).script).toBe((seed.source as { script?: string }).script);
    },
  );

  it("should match Simplified words in Traditional text with inline pinyin, and cut quotes from the page byte for byte", () => {
    const page = "打造動能更加強大的“創(chuàng)新之核”";
    const mt = matchTextOf(page);
    const at = mt.text.indexOf("创新之核");
    expect(at).toBeGreaterThan(0);
    const span = pageSpan(mt, at, at + 4);
    expect(page.slice(span.start, span.end)).toBe("創(chuàng)新之核");
  });

  it("should flag a stretch of mojibake", () => {
    const page = "系列活動?,F就我市工作開展情況進行公開發布";
    const mt = matchTextOf(page);
    expect(touchesMojibake(mt, { start: 0, end: 6 })).toBe(true);
    expect(touchesMojibake(mt, { start: 12, end: 16 })).toBe(false);
  });
});
