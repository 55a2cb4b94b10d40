import { relationDateParts } from "../../../explorer/src/panels/relation-date";

describe("relationDateParts", () => {
  it.each([
    [{ date: "2022-09-07", basis: "FROM_PAGE_DATE", precision: "DAY" }, "FROM_PAGE_DATE", "DAY", true],
    [{ date: "2023", basis: "PUBLISHED", precision: null }, "PUBLISHED", "YEAR", true],
    [{ date: "2022-11", basis: null, precision: null }, "STATED", "MONTH", false],
    [{ date: "2021-05-01", basis: "STATED", precision: "DAY" }, "STATED", "DAY", false],
  ])("should keep the basis and precision of %j", (when, basis, precision, inferred) => {
    expect(relationDateParts(when)).toEqual({ date: when.date, basis, precision, inferred });
  });

  it("should give nothing for an undated relationship", () => {
    expect(relationDateParts(null)).toBeNull();
    expect(relationDateParts({ date: null, basis: null, precision: null })).toBeNull();
  });
});
