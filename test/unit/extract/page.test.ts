import { ErrorCode } from "../../../src/errors";
import { extractFacts } from "../../../src/extract/extract.service";
import { gazetteerOf } from "../../../src/extract/gazetteer";
import { MAX_PAGE_BYTES } from "../../../src/extract/page";
import { curated } from "./extract.fixtures";

const gazetteer = gazetteerOf(curated.map(c => c.seed));
const errorOf = (input: Buffer | string): { code?: unknown; field?: unknown; message: string } => {
  try {
    extractFacts(input, { gazetteer, field: "file" });
  } catch (err) {
    const e = err as { extensions?: Record<string, unknown>; message: string };
    return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
  }
  throw new Error("no error was raised");
};

describe("bad pages", () => {
  it("should refuse an empty page, naming the field", () => {
    expect(errorOf("  \n\n ")).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: "file",
      message: expect.stringContaining("empty"),
    });
  });

  it("should refuse a binary file", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]);
    expect(errorOf(png)).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: "file",
      message: expect.stringContaining("binary"),
    });
  });

  it("should refuse a page with no Chinese body", () => {
    const english = "The Yangtze River Delta innovation corridor held a conference.\n".repeat(50);
    expect(errorOf(english)).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: expect.stringContaining("Chinese"),
    });
  });

  it("should refuse a page over 2 MB with LIMIT_EXCEEDED", () => {
    const page = "科创".repeat(Math.ceil(MAX_PAGE_BYTES / 6) + 10);
    expect(Buffer.byteLength(page)).toBeGreaterThan(MAX_PAGE_BYTES);
    expect(errorOf(page)).toMatchObject({ code: ErrorCode.LIMIT_EXCEEDED, field: "file" });
  });

  it("should draft no fact from a page that is only a list of other articles", () => {
    // The tail of the first curated page, from its "related articles" heading on, is junk by the curators' rules.
    const page = curated[0]!.page;
    const junk = page.slice(page.indexOf("相关文章"));
    expect(junk.length).toBeGreaterThan(500);
    expect(errorOf(junk)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });

  it("should draft no fact from share widgets and licence lines", () => {
    const junk = [
      "分享给朋友:",
      "扫一扫关注公众号",
      "版权声明:本文由某某网发布,如需转载请注明出处。",
      "苏ICP备07000608号",
      "产业招商/厂房土地租售:400 0123 021",
    ].join("\n");
    expect(errorOf(junk)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });
});
