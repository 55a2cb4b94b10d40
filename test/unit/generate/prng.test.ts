import { between, hash32, mulberry32, pick, rngFor } from "../../../src/generate/prng";
import { ZipfSampler } from "../../../src/generate/zipf";

const draw = (rng: () => number, n: number) => Array.from({ length: n }, rng);

describe("the generator's random streams", () => {
  it("should repeat a stream for the same seed and differ for another", () => {
    expect(draw(mulberry32(42), 20)).toEqual(draw(mulberry32(42), 20));
    expect(draw(mulberry32(42), 20)).not.toEqual(draw(mulberry32(43), 20));
  });

  it("should draw numbers in [0, 1) spread over the whole interval", () => {
    const xs = draw(mulberry32(1), 10_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const deciles = new Array<number>(10).fill(0);
    for (const x of xs) deciles[Math.floor(x * 10)]!++;
    for (const d of deciles) expect(d).toBeGreaterThan(800);
  });

  it("should give each (seed, purpose, index) its own stream, independent of the order streams are made", () => {
    const a = draw(rngFor(7, 1, 2), 5);
    draw(rngFor(7, 1, 3), 5);
    expect(draw(rngFor(7, 1, 2), 5)).toEqual(a);
    expect(draw(rngFor(7, 2, 1), 5)).not.toEqual(a);
    expect(hash32(1, 2)).not.toBe(hash32(2, 1));
  });

  it("should keep between() within both bounds and reach each of them", () => {
    const rng = mulberry32(3);
    const seen = new Set(Array.from({ length: 2_000 }, () => between(3, 7, rng)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it("should pick only members of the list", () => {
    const rng = mulberry32(5);
    const list = ["徐州", "宿州", "苏州"] as const;
    const picked = new Set(Array.from({ length: 300 }, () => pick(list, rng)));
    expect([...picked].sort()).toEqual([...list].sort());
  });
});

describe("ZipfSampler", () => {
  it("should refuse an empty range", () => {
    expect(() => new ZipfSampler(0, 1)).toThrow("at least one rank");
  });

  it("should sample ranks in range, the lower ranks more often, in the ratio 1/(rank+1)^s", () => {
    const zipf = new ZipfSampler(50, 1);
    const rng = mulberry32(11);
    const counts = new Array<number>(50).fill(0);
    const n = 50_000;
    for (let i = 0; i < n; i++) counts[zipf.sample(rng)]!++;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    // Rank 0 is twice as likely as rank 1 and three times as likely as rank 2 (within sampling noise).
    expect(counts[0]! / counts[1]!).toBeCloseTo(2, 0);
    expect(counts[0]! / counts[2]!).toBeCloseTo(3, 0);
    expect(counts[0]!).toBeGreaterThan(counts[49]! * 20);
  });
});
