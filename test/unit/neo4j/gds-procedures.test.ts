import fs from "node:fs";
import path from "node:path";
import { GDS_PROCEDURES } from "../../../src/neo4j/gds-procedures";

/** Every `gds.` procedure or function a statement under cypher/ calls, by its full name. */
function gdsCalls(): Set<string> {
  const calls = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".cypher")) {
        const text = fs.readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
        for (const m of text.matchAll(/\b(gds(?:\.\w+)+)\s*\(/g)) calls.add(m[1]!);
      }
    }
  };
  walk(path.join(__dirname, "../../../cypher"));
  return calls;
}

describe("the GDS procedures the local Neo4j loads", () => {
  const calls = gdsCalls();

  it("should include every GDS procedure and function the statements call", () => {
    expect(calls.size).toBeGreaterThan(10);
    expect([...calls].filter(c => !(GDS_PROCEDURES as readonly string[]).includes(c))).toEqual([]);
  });

  it("should list nothing the statements never call", () => {
    expect(GDS_PROCEDURES.filter(p => !calls.has(p))).toEqual([]);
  });
});
