import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../../src/config";
import { cypher } from "../../../src/neo4j/cypher-registry";

const file = (name: string) => fs.readFileSync(path.join(projectRoot, "cypher", `${name}.cypher`), "utf8");

describe("the statements innograph sends", () => {
  it("should leave out the comment lines of cypher/, and keep every line of Cypher", () => {
    const source = file("entity/with-links");
    const sent = cypher.get("entity/with-links");
    const code = source.split("\n").filter(line => line.trim() && !line.trim().startsWith("//"));
    expect(source).toMatch(/^\/\/ /m);
    expect(sent.split("\n").some(line => line.trim().startsWith("//"))).toBe(false);
    expect(sent.split("\n")).toEqual(code);
  });

  it("should send no comment line in any production statement, fragments spliced in", () => {
    const commented = cypher.productionNames().filter(name =>
      cypher
        .get(name)
        .split("\n")
        .some(line => /^\s*\/\//.test(line)),
    );
    expect(cypher.productionNames().length).toBeGreaterThan(50);
    expect(commented).toEqual([]);
  });
});
