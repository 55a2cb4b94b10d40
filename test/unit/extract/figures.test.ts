import { AttributeQualifier, DateBasis, DatePrecision, Modality } from "../../../src/domain/fact-meaning";
import { dateIn } from "../../../src/extract/dates";
import { modalityOf } from "../../../src/extract/modality";
import { figuresIn, keyOf } from "../../../src/extract/numbers";

describe("figures", () => {
  describe.each([
    ["线下累计参加人数800余人", 800, "人", AttributeQualifier.OVER],
    ["等10多家大院大所建立全面合作", 10, "家", AttributeQualifier.OVER],
    ["等上百名国内外顶级专家", 100, "名", AttributeQualifier.ORDER_OF],
    ["累计签约金额535.35万元", 535.35, "万元", undefined],
    ["近20个项目", 20, "个", AttributeQualifier.NEARLY],
    ["研发投入同比增长37.6%", 37.6, "%", undefined],
    ["20年来,科教城与城市共生共荣", 20, "年", undefined],
  ])("%s", (sentence, value, unit, qualifier) => {
    it(`should read ${value} ${unit}${qualifier ? ` (${qualifier})` : ""}`, () => {
      const [f] = figuresIn(sentence, 0);
      expect(f).toMatchObject({ value, unit });
      expect(f!.qualifier).toBe(qualifier);
    });
  });

  it.each([
    "2023年5月23日召开",
    "第五届中国国际进口博览会",
    "联系电话:13391219793",
    "2022年度",
    "感谢两位领导的情况介绍",
  ])("should find no figure in %s", sentence => {
    expect(figuresIn(sentence, 0)).toEqual([]);
  });

  it("should make a camelCase ascii key the format accepts", () => {
    expect(keyOf("签约项目", "个")).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });
});

describe("dates", () => {
  it.each([
    [
      "9月7日,扬州市人民政府…签约",
      "2022-09-09",
      {
        date: "--09-07",
        dateResolved: "2022-09-07",
        dateBasis: DateBasis.FROM_PAGE_DATE,
        datePrecision: DatePrecision.DAY,
      },
    ],
    [
      "10月11日,徐州市委市政府…召开",
      "2024-09-24",
      { date: "--10-11", dateResolved: "2023-10-11", dateBasis: DateBasis.FROM_PAGE_DATE },
    ],
    [
      "2023年5月23日,市科技局承办了…",
      "2023-12-29",
      { date: "2023-05-23", dateBasis: DateBasis.STATED, datePrecision: DatePrecision.DAY },
    ],
    ["2023年6月至8月,分三个阶段", "2023-12-29", { date: "2023-06", datePrecision: DatePrecision.MONTH }],
    ["今年上半年,全市研发投入增长", "2022-09-09", { dateResolved: "2022", dateBasis: DateBasis.FROM_CONTEXT }],
    [
      "上个月又获得了联合国人居奖",
      "2024-09-24",
      { dateResolved: "2024-08", dateBasis: DateBasis.FROM_CONTEXT, datePrecision: DatePrecision.MONTH },
    ],
  ])("should date %s (page of %s)", (sentence, page, expected) => {
    expect(dateIn(sentence, page)).toMatchObject(expected);
  });

  it("should keep a day without a year unresolved when the page has no date", () => {
    expect(dateIn("11月8日,大会举行", undefined)).toEqual({ date: "--11-08" });
  });
});

describe("modality", () => {
  it.each([
    ["双方将在更多领域推进交流合作", Modality.PLANNED],
    ["拟设立产业科创资金", Modality.PLANNED],
    ["力争在将活动办出成效", Modality.PLANNED],
    ["力争打造区域创新高地", Modality.ASPIRATION],
    ["依托淮海经济区科技创新联盟", Modality.ASPIRATION],
    ["已建成省级以上众创空间77个", Modality.ACTUAL],
    ["市科技局承办了报告会", Modality.ACTUAL],
  ])("should read %s as %s", (clause, modality) => {
    expect(modalityOf(clause)).toBe(modality);
  });
});
