import fs from "node:fs";
import path from "node:path";
import { curated } from "./extract.fixtures";

// Rules are general patterns: no rule file may spell a name that only one curated article uses
// (it would be a rule written for that article). Names shared by several articles (上海, 中国科学院)
// are general knowledge of the network and may appear.
const RULE_DIR = path.resolve(__dirname, "../../../src/extract");
const ruleFiles = fs.readdirSync(RULE_DIR).filter(f => f.endsWith(".ts"));

const articlesByName = new Map<string, Set<string>>();
for (const { file, seed } of curated) {
  for (const e of seed.entities) articlesByName.set(e.name, (articlesByName.get(e.name) ?? new Set()).add(file));
}
const singleArticleNames = [...articlesByName].filter(([, files]) => files.size === 1).map(([name]) => name);

describe("extraction rules", () => {
  it("should have curated names and rule files to check", () => {
    expect(singleArticleNames.length).toBeGreaterThan(100);
    expect(ruleFiles).toEqual(expect.arrayContaining(["lexicon.ts", "entity-candidates.ts", "relation-candidates.ts"]));
  });

  describe.each(ruleFiles)("%s", file => {
    const text = fs.readFileSync(path.join(RULE_DIR, file), "utf8");
    it("should name no entity that only one curated article names", () => {
      expect(singleArticleNames.filter(name => text.includes(name))).toEqual([]);
    });
  });
});
