import { latestDayNotAfter, resolveDate } from "../../../src/domain/fact-date";
import { DateBasis, DatePrecision } from "../../../src/domain/fact-meaning";

describe("latestDayNotAfter", () => {
  it.each([
    ["--09-07", "2022-09-09", "2022-09-07"],
    ["--09-09", "2022-09-09", "2022-09-09"],
    ["--10-11", "2024-09-24", "2023-10-11"],
    ["--12-31", "2023-01-01", "2022-12-31"],
    ["--03-01", "2024-05", "2024-03-01"],
    ["--05-20", "2024-05", undefined],
    ["--05-20", "2024", undefined],
  ])("should place %s before the page dated %s at %s", (day, page, want) => {
    expect(latestDayNotAfter(day, page)).toBe(want);
  });

  it("should never give a day after the page's date, whatever the day and page", () => {
    for (let m = 1; m <= 12; m++) {
      for (const d of [1, 15, 28]) {
        const day = `--${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        for (const page of ["2022-01-01", "2022-06-15", "2022-12-31"]) {
          const got = latestDayNotAfter(day, page)!;
          expect(got <= page).toBe(true);
          expect(got.slice(4)).toBe(day.slice(1));
          expect(Number(page.slice(0, 4)) - Number(got.slice(0, 4))).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});

describe("resolveDate", () => {
  it("should resolve a stated date with its year as itself, with its own precision", () => {
    expect(resolveDate({ date: "2022-09" }, "2023-01-01")).toEqual({
      value: {
        date: "2022-09",
        dateResolved: "2022-09",
        dateBasis: DateBasis.STATED,
        datePrecision: DatePrecision.MONTH,
      },
      problems: [],
    });
  });

  it("should leave a day without a year unresolved when no basis is given", () => {
    expect(resolveDate({ date: "--09-07" }, "2022-09-09").value).toEqual({
      date: "--09-07",
      dateResolved: null,
      dateBasis: null,
      datePrecision: null,
    });
  });

  it("should place a day by the page's date when the basis says so", () => {
    const { value, problems } = resolveDate({ date: "--09-07", dateBasis: DateBasis.FROM_PAGE_DATE }, "2022-09-09");
    expect(problems).toEqual([]);
    expect(value).toEqual({
      date: "--09-07",
      dateResolved: "2022-09-07",
      dateBasis: DateBasis.FROM_PAGE_DATE,
      datePrecision: DatePrecision.DAY,
    });
  });

  it.each([
    [
      "a resolved day other than the stated one",
      { date: "--09-07", dateResolved: "2022-09-08", dateBasis: DateBasis.FROM_CONTEXT },
      "dateResolved",
    ],
    [
      "a resolved date the page's date does not give",
      { date: "--09-07", dateResolved: "2021-09-07", dateBasis: DateBasis.FROM_PAGE_DATE },
      "dateResolved",
    ],
    [
      "more precision than the stated date",
      { date: "2022", dateResolved: "2022-09", dateBasis: DateBasis.STATED },
      "dateResolved",
    ],
    [
      "a precision the resolved date does not have",
      { date: "2022-09", datePrecision: DatePrecision.DAY },
      "datePrecision",
    ],
    [
      "a page date for a date that has its year",
      { date: "2022-09-07", dateBasis: DateBasis.FROM_PAGE_DATE },
      "dateBasis",
    ],
    ["a publication date for a dated fact", { date: "--09-07", dateBasis: DateBasis.PUBLISHED }, "dateBasis"],
    [
      "a context basis without the date the context gives",
      { date: "--09-07", dateBasis: DateBasis.FROM_CONTEXT },
      "dateResolved",
    ],
    ["an unknown basis", { date: "--09-07", dateBasis: "GUESSED" }, "dateBasis"],
    [
      "a resolved date that is not a date",
      { dateResolved: "Sept 2022", dateBasis: DateBasis.FROM_CONTEXT },
      "dateResolved",
    ],
  ])("should refuse %s", (_what, fact, field) => {
    expect(resolveDate(fact, "2022-09-09").problems.map(p => p.field)).toContain(field);
  });

  it("should refuse a page-date basis when the page has no date", () => {
    expect(resolveDate({ date: "--09-07", dateBasis: DateBasis.FROM_PAGE_DATE }, undefined).problems).toEqual([
      { field: "dateBasis", reason: expect.stringMatching(/publishedOn/) },
    ]);
  });
});
