import { withRanks } from "../../../src/analytics/ranking";

const scored = (...scores: number[]) => scores.map((score, i) => ({ id: `e${i}`, score }));

describe("withRanks", () => {
  it("should give competition ranks: equal scores share a rank and the next rank skips", () => {
    expect(withRanks(scored(9, 7, 7, 5, 5, 5, 1)).map(s => s.rank)).toEqual([1, 2, 2, 4, 4, 4, 7]);
  });

  it("should treat scores that differ only by floating-point rounding as equal", () => {
    const third = 0.1 + 0.2;
    expect(withRanks(scored(1, third, 0.3)).map(s => s.rank)).toEqual([1, 2, 2]);
  });

  it("should keep scores that really differ apart, however small they are", () => {
    expect(withRanks(scored(2e-12, 1e-12)).map(s => s.rank)).toEqual([1, 2]);
  });

  it("should rank every prefix as the full list ranks it", () => {
    const scores = scored(5, 4, 4, 4, 2, 2, 1);
    const all = withRanks(scores);
    for (let n = 0; n <= all.length; n++) expect(withRanks(scores.slice(0, n))).toEqual(all.slice(0, n));
  });

  it("should keep every other field of each entry", () => {
    expect(withRanks([{ id: "a", score: 1, name: "徐州" }])).toEqual([{ id: "a", score: 1, name: "徐州", rank: 1 }]);
  });
});
