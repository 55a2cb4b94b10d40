import { DateBasis, DatePrecision } from "../../../src/domain/fact-meaning";
import { edgeDate } from "../../../src/explore/edge-date";

describe("edgeDate", () => {
  it("should keep a relationship's own resolved date with its basis before its agreement's", () => {
    const own = { date: "--09-07", dateResolved: "2022-09-07", dateBasis: "FROM_PAGE_DATE" };
    const d = edgeDate(own, { date: "2023-05" }, ["2021-01-01"]);
    expect(d).toMatchObject({ date: "2022-09-07", basis: DateBasis.FROM_PAGE_DATE, precision: DatePrecision.DAY });
  });

  it("should take the linked event's date and basis when the relationship has none of its own", () => {
    const d = edgeDate({}, { date: "--11-19", dateResolved: "2022-11-19", dateBasis: "FROM_CONTEXT" }, ["2022-11-20"]);
    expect(d).toMatchObject({ date: "2022-11-19", basis: DateBasis.FROM_CONTEXT, precision: DatePrecision.DAY });
  });

  it("should read a stated date with its year and no basis as STATED, at the date's own precision", () => {
    expect(edgeDate({ date: "2023-05" }, null, [])).toMatchObject({
      date: "2023-05",
      basis: DateBasis.STATED,
      precision: DatePrecision.MONTH,
    });
  });

  it("should fall back to the earliest publication date, marked PUBLISHED, for an undated relationship", () => {
    const d = edgeDate({ date: "--09-07" }, null, ["2024-03-02", null, "2023-12-30"]);
    expect(d).toMatchObject({ date: "2023-12-30", basis: DateBasis.PUBLISHED, precision: DatePrecision.DAY });
  });

  it("should leave a relationship with no date and no dated source undated", () => {
    expect(edgeDate({}, null, [null])).toMatchObject({ date: null, basis: null, precision: null });
  });
});
