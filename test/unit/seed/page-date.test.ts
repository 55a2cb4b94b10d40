import { DateBasis } from "../../../src/domain/fact-meaning";
import { redate } from "../../../src/seed/page-date";

describe("redate: a stored fact's date when its page's date changes", () => {
  it("should place a day without a year again by the new page date", () => {
    const fact = { date: "--09-07", dateResolved: "2022-09-07", dateBasis: DateBasis.FROM_PAGE_DATE };
    expect(redate(fact, "2022-09-09", "2024-03-01")).toEqual({
      fields: { dateResolved: "2023-09-07", datePrecision: "DAY", sortDate: "2023-09-07", year: 2023 },
    });
  });

  it("should move an undated fact dated by its page (PUBLISHED) to the new page date, at its precision", () => {
    const fact = { date: null, dateResolved: "2022-09-09", dateBasis: DateBasis.PUBLISHED };
    expect(redate(fact, "2022-09-09", "2023-05")).toEqual({
      fields: { dateResolved: "2023-05", datePrecision: "MONTH", sortDate: "2023-05", year: 2023 },
    });
  });

  it.each([
    ["stated with its year", { date: "2021-04", dateResolved: "2021-04", dateBasis: DateBasis.STATED }],
    ["placed by its context", { date: "--04-01", dateResolved: "2020-04-01", dateBasis: DateBasis.FROM_CONTEXT }],
    // Cited by two sources and placed by the other page: 2022-09-09 would have placed it in 2022.
    ["placed by another page", { date: "--09-07", dateResolved: "2019-09-07", dateBasis: DateBasis.FROM_PAGE_DATE }],
    ["undated without a basis", { date: null, dateResolved: null, dateBasis: null }],
  ])("should leave a fact %s as it is", (_, fact) => {
    expect(redate(fact, "2022-09-09", "2024-03-01")).toEqual({ unchanged: true });
  });

  it("should leave a day the new page date places on the same day as it is", () => {
    const fact = { date: "--09-07", dateResolved: "2022-09-07", dateBasis: DateBasis.FROM_PAGE_DATE };
    expect(redate(fact, "2022-09-09", "2022-12-31")).toEqual({ unchanged: true });
  });

  it.each([
    ["too coarse to place the day", "--09-07", "2022-09-07", DateBasis.FROM_PAGE_DATE, "2024"],
    ["gone", "--09-07", "2022-09-07", DateBasis.FROM_PAGE_DATE, null],
    ["gone, for an undated fact", null, "2022-09-09", DateBasis.PUBLISHED, null],
  ])("should report a problem when the new page date is %s", (_, date, dateResolved, dateBasis, after) => {
    const r = redate({ date, dateResolved, dateBasis }, "2022-09-09", after);
    expect(r).toEqual({ problem: expect.any(String) });
  });
});
