import fs from "node:fs";
import path from "node:path";
import { RELATION_TYPES } from "../../../src/domain/relation-type";

// The fact-path statements spell the fact types out (the search must never expand a derived tie), so they
// must list exactly the RelationType enum: a new type would otherwise be unreachable by paths.
describe("fact paths", () => {
  it.each(["shortest", "all-shortest"])("should let %s walk exactly the RelationType values", name => {
    const text = fs.readFileSync(path.join(__dirname, "../../../cypher/paths", `${name}.cypher`), "utf8");
    const types = /\(a\)-\[:([A-Z_|]+)\*\.\.8\]-\(b\)/.exec(text)?.[1]?.split("|");
    expect(new Set(types)).toEqual(new Set(RELATION_TYPES));
  });
});
