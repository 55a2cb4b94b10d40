import type { SourceRecord } from "../../../src/entity/entity-record";
import { earliestPublished } from "../../../src/explore/reported-on";

const source = (publishedOn: string | null): SourceRecord => ({ id: "s", title: "t", script: "Hans", publishedOn });

describe("earliestPublished", () => {
  it("should give the earliest page date, comparing partial dates as text", () => {
    expect(earliestPublished([source("2023-06-01"), source("2022"), source("2022-09")])).toBe("2022");
  });

  it("should ignore sources without a date, with a date lacking its year, or that failed to load", () => {
    expect(earliestPublished([source(null), source("--09-07"), null, new Error("gone"), source("2024-01-02")])).toBe(
      "2024-01-02",
    );
  });

  it("should answer null when no source says when", () => {
    expect(earliestPublished([])).toBeNull();
    expect(earliestPublished([source(null), new Error("gone")])).toBeNull();
  });
});
