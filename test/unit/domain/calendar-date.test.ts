import { isCalendarDate } from "../../../src/domain/calendar-date";

describe("calendar dates", () => {
  it.each(["2022", "2022-01", "2022-12", "2024-02-29", "2022-02-28", "2022-12-31"])("should accept %s", text => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    "2022-13",
    "2022-00",
    "2022-02-29",
    "2023-02-30",
    "2022-04-31",
    "2022-01-00",
    "22-01",
    "2022-1",
    "--09-07",
    "2022-09-07T00:00",
    "",
  ])("should refuse %s", text => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it("should agree with the platform calendar on every day of a leap and a common year", () => {
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const d = new Date(`${text}T00:00:00Z`);
          expect([text, isCalendarDate(text)]).toEqual([text, !Number.isNaN(d.getTime()) && d.getUTCDate() === day]);
        }
      }
    }
  });
});
