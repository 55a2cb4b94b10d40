import { quotesNotIn } from "../../../src/seed/article-quotes";

// A small alphabet, so quotes share their opening characters and the article repeats them often.
const LETTERS = ["合", "作", "协", "议", "。", "𠀀", "a"];

function randomText(length: number, next: () => number): string {
  let text = "";
  while (text.length < length) text += LETTERS[Math.floor(next() * LETTERS.length)];
  return text;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("quotesNotIn", () => {
  it("finds exactly the quotes includes() finds, scanning the article once", () => {
    const next = seeded(11);
    for (let round = 0; round < 20; round++) {
      const article = randomText(2_000, next);
      const quotes: string[] = [];
      for (let i = 0; i < 300; i++) {
        const from = Math.floor(next() * article.length);
        const length = 1 + Math.floor(next() * 24);
        // Half are cut from the article (some straddle its end or a surrogate pair), half are made up.
        quotes.push(i % 2 ? article.slice(from, from + length) : randomText(length, next));
      }
      const expected = new Set(quotes.filter(q => !article.includes(q)));
      expect(quotesNotIn(article, quotes, 0)).toEqual(expected);
      expect(quotesNotIn(article, quotes)).toEqual(expected);
      expect(expected.size).toBeGreaterThan(0);
      expect(expected.size).toBeLessThan(new Set(quotes).size);
    }
  });

  it("names a quote missing when only its opening is in the article", () => {
    const article = "长三角G60科创走廊九城市签署合作协议。徐州与淮海经济区共建平台。";
    const quotes = [
      "长三角G60科创走廊九城市签署合作协议。",
      "长三角G60科创走廊十城市",
      "徐州与淮海经济区共建平台。多余",
    ];
    expect(quotesNotIn(article, quotes, 0)).toEqual(new Set(quotes.slice(1)));
  });

  it("finds a quote at the very end of the article, and the empty quote", () => {
    const article = "合作协议签署于二〇二三年。";
    expect(quotesNotIn(article, [article, article.slice(-9), article.slice(-8), ""], 0)).toEqual(new Set());
  });
});
