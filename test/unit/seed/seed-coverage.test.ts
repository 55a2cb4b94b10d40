import fs from "node:fs";
import path from "node:path";
import { bodyOf, coverage, sentencesOf } from "../../../src/seed/coverage";
import { seedCoverage } from "../../../src/seed/seed-coverage";
import { articlesDir, seedFiles, seedsDir } from "../../support/seed-fixtures";

describe("coverage of the articles' bodies", () => {
  const articles = seedCoverage(seedsDir, articlesDir);
  const judgements = fs.readFileSync(path.join(seedsDir, "JUDGEMENTS.md"), "utf8");

  it("should find a body for every article a seed file names", () => {
    expect(articles.map(a => a.file).sort()).toEqual([...new Set(seedFiles().map(s => s.seed.source.file))].sort());
    for (const a of articles) expect(a.sentences.some(s => s.quoted)).toBe(true);
  });

  it("should account in JUDGEMENTS.md for every body sentence no fact quotes", () => {
    const unaccounted = articles.flatMap(a =>
      a.sentences
        .filter(s => !s.quoted && !judgements.includes(`\`${s.sentence.slice(0, 16)}\``))
        .map(s => `${a.file}: ${s.sentence}`),
    );
    expect(unaccounted).toEqual([]);
  });

  it("should count a sentence as quoted when any quote shares text with it, and only then", () => {
    const body = "甲与乙签约。丙出席。丁说,好!";
    expect(sentencesOf(body)).toEqual(["甲与乙签约。", "丙出席。", "丁说,好!"]);
    expect(coverage(body, ["乙签约。丙"]).map(s => s.quoted)).toEqual([true, true, false]);
    expect(() => bodyOf(body, { from: "戊", to: null })).toThrow(/body start/);
  });
});
