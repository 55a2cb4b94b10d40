import { compare, conditionChanges, failed, table, type Baseline } from "../../../bench/db-hits-compare";
import { kindSeed, planDbHits } from "../../../bench/db-hits";

const hits = (dbHits: number, rows = 5) => ({ dbHits, rows, statements: 2 });
const baseline: Baseline = {
  conditions: { entities: 1000, inputSeed: 7 },
  kinds: { entity: hits(1000), search: hits(200), paths: hits(50) },
};

describe("the database-hits check", () => {
  it("should pass counts within 10% of the baseline and fail one more than 10% above it", () => {
    const rows = compare(baseline, { entity: hits(1100), search: hits(221), paths: hits(50) });
    expect(rows.map(r => [r.kind, r.verdict])).toEqual([
      ["entity", "ok"],
      ["search", "REGRESSION"],
      ["paths", "ok"],
    ]);
    expect(rows.filter(failed).map(r => r.kind)).toEqual(["search"]);
    expect(rows.find(r => r.kind === "search")!.ratio).toBeCloseTo(221 / 200);
  });

  it("should call a fall of more than 10% better, and not fail it", () => {
    const [row] = compare({ ...baseline, kinds: { entity: hits(1000) } }, { entity: hits(800) });
    expect(row).toMatchObject({ verdict: "better", ratio: 0.8 });
    expect(failed(row!)).toBe(false);
  });

  it("should fail a kind whose rows changed, even with the same hits", () => {
    const [row] = compare({ ...baseline, kinds: { entity: hits(1000, 5) } }, { entity: hits(1000, 6) });
    expect(row!.verdict).toBe("ROWS CHANGED");
    expect(failed(row!)).toBe(true);
  });

  it("should fail a kind that is new or gone", () => {
    const rows = compare({ ...baseline, kinds: { entity: hits(1) } }, { search: hits(1) });
    expect(rows.map(r => [r.kind, r.verdict])).toEqual([
      ["entity", "GONE"],
      ["search", "NEW"],
    ]);
    expect(rows.every(failed)).toBe(true);
  });

  it("should name every condition that differs from the baseline's", () => {
    expect(conditionChanges(baseline.conditions, { entities: 1001, inputSeed: 7, neo4j: "5.26.0" })).toEqual([
      "entities: 1000 -> 1001",
      "neo4j: (none) -> 5.26.0",
    ]);
  });

  it("should print each kind with its baseline, its count now and the ratio", () => {
    const printed = table(compare(baseline, { entity: hits(1500), search: hits(200), paths: hits(50) }));
    expect(printed.split("\n")[0]).toBe(
      "| query kind | baseline dbHits | now dbHits | ratio | baseline rows | now rows | verdict |",
    );
    expect(printed).toContain("| entity | 1,000 | 1,500 | 1.500 | 5 | 5 | REGRESSION |");
  });
});

describe("a profiled plan", () => {
  it("should count the database hits of every operator in the plan tree", () => {
    const leaf = (dbHits: number) => ({ dbHits, children: [] });
    const plan = { dbHits: 3, children: [{ dbHits: 4, children: [leaf(5), leaf(6)] }, leaf(7)] };
    expect(planDbHits(plan as unknown as Parameters<typeof planDbHits>[0])).toBe(25);
    expect(planDbHits(undefined)).toBe(0);
  });
});

describe("a kind's input seed", () => {
  it("should depend on the kind's name and the run's seed only", () => {
    expect(kindSeed(7, "search")).toBe(kindSeed(7, "search"));
    expect(kindSeed(7, "search")).not.toBe(kindSeed(7, "entity"));
    expect(kindSeed(7, "search")).not.toBe(kindSeed(8, "search"));
  });
});
