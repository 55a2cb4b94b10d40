import { DEPARTMENTS_PER_CITY, kindCounts } from "../../../src/generate/sizes";

describe("kindCounts", () => {
  it.each([1_000, 10_000, 100_000, 1_000_000])(
    "should split %i entities into kinds that add up to exactly that many",
    nodes => {
      const counts = kindCounts(nodes);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(nodes);
      for (const [kind, n] of Object.entries(counts)) {
        expect(Number.isInteger(n)).toBe(true);
        // Regions are named in articles, not generated; every other kind is present at every size.
        if (kind !== "Region") expect(n).toBeGreaterThan(0);
      }
    },
  );

  it("should make people the largest kind and keep government bodies within the cities' departments", () => {
    for (const nodes of [1_000, 50_000, 1_000_000]) {
      const counts = kindCounts(nodes);
      expect(Math.max(...Object.values(counts))).toBe(counts.Person);
      expect(counts.GovernmentBody).toBeLessThanOrEqual(counts.City * DEPARTMENTS_PER_CITY);
    }
  });

  it.each([999, 1_500.5, Number.NaN])("should refuse %p as a network size, naming the option", nodes => {
    expect(() => kindCounts(nodes)).toThrow("--nodes must be an integer of at least 1000");
  });
});
