import fs from "node:fs";
import path from "node:path";
import { MESSAGES } from "../../../explorer/src/i18n/messages";

/** The closed vocabularies seeds/FORMAT.md lists for kind-specific properties: `key` (`a` | `b` …). */
function vocabularies(): Map<string, string[]> {
  const format = fs.readFileSync(path.resolve(__dirname, "../../../seeds/FORMAT.md"), "utf8");
  const found = new Map<string, string[]>();
  for (const m of format.matchAll(/`(\w+)` \(((?:`[\w -]+`(?: \| )?)+)\)/g)) {
    found.set(
      m[1]!,
      [...m[2]!.matchAll(/`([\w -]+)`/g)].map(v => v[1]!),
    );
  }
  return found;
}

describe("the explorer's names for property values", () => {
  const messages = MESSAGES as Record<string, readonly string[]>;

  it("should find the closed vocabularies in seeds/FORMAT.md", () => {
    expect([...vocabularies().keys()]).toEqual(expect.arrayContaining(["adminLevel", "platformType", "eventType"]));
  });

  it("should name every value of every closed vocabulary in 简体 and 繁體 with Chinese, and in English without", () => {
    for (const [key, values] of vocabularies()) {
      for (const value of values) {
        const names = messages[`value.${key}.${value}`];
        expect([`${key}.${value}`, names?.length]).toEqual([`${key}.${value}`, 3]);
        const [hans, hant, en] = names!;
        expect([value, /\p{Script=Han}/u.test(hans!), /\p{Script=Han}/u.test(hant!)]).toEqual([value, true, true]);
        expect([value, /\p{Script=Han}/u.test(en!)]).toEqual([value, false]);
      }
    }
  });
});
