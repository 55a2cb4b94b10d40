import { locateQuote } from "../../../src/entity/quote-in-text";

describe("locateQuote", () => {
  const text = "标题\n\n第一段。\n  \n第二段说，𠀋字在此。签约仪式举行。\n第三段。";

  it("should give the paragraph, counting non-blank lines, and the whole paragraph the quote sits in", () => {
    const found = locateQuote(text, "签约仪式举行。");
    expect(found).toMatchObject({ paragraph: 3, paragraphText: "第二段说，𠀋字在此。签约仪式举行。", length: 7 });
  });

  it("should count the offset in code points, so a character outside the BMP counts once", () => {
    const found = locateQuote(text, "签约")!;
    expect([...text].slice(found.offset, found.offset + found.length).join("")).toBe("签约");
    expect(found.offset).toBeLessThan(text.indexOf("签约"));
  });

  it("should take every paragraph a quote spans and the first occurrence of a repeated quote", () => {
    expect(locateQuote(text, "举行。\n第三段")).toMatchObject({
      paragraph: 3,
      paragraphText: "第二段说，𠀋字在此。签约仪式举行。\n第三段。",
    });
    expect(locateQuote("甲。\n甲。", "甲")).toMatchObject({ offset: 0, paragraph: 1 });
    expect(locateQuote(text, "标题")).toMatchObject({ offset: 0, paragraph: 1, paragraphText: "标题" });
  });

  it("should answer null for a quote the text lacks, or an unknown text", () => {
    expect(locateQuote(text, "不在文中")).toBeNull();
    expect(locateQuote(null, "标题")).toBeNull();
    expect(locateQuote(text, "")).toBeNull();
  });
});
