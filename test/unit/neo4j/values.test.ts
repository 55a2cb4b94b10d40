import neo4j from "neo4j-driver";
import { int, plain, toNumber } from "../../../src/neo4j/values";

describe("toNumber", () => {
  it.each([
    [neo4j.int(42), 42],
    [neo4j.int(-7), -7],
    [neo4j.int(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    [3.5, 3.5],
    [10n, 10],
  ])("should convert %p to %p", (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });

  it("should refuse an integer outside JavaScript's safe range rather than round it", () => {
    expect(() => toNumber(neo4j.int("9007199254740993"))).toThrow("outside the safe JavaScript range");
  });

  it.each([["12"], [null], [undefined], [{}]])("should refuse %p, which is not a number", value => {
    expect(() => toNumber(value)).toThrow("expected a number");
  });
});

describe("int", () => {
  it("should send a JavaScript number as a Neo4j Integer", () => {
    const i = int(25);
    expect(neo4j.isInt(i)).toBe(true);
    expect(i.toNumber()).toBe(25);
  });
});

describe("plain", () => {
  it("should turn integers, lists and maps into plain JSON data, nested", () => {
    expect(plain({ count: neo4j.int(3), list: [neo4j.int(1), "a", null], nested: { n: neo4j.int(2) } })).toEqual({
      count: 3,
      list: [1, "a", null],
      nested: { n: 2 },
    });
  });

  it("should turn a node into its properties", () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ["Entity", "City"],
      { id: "city-xuzhou", degree: neo4j.int(9) },
      "4:x:1",
    );
    expect(plain(node)).toEqual({ id: "city-xuzhou", degree: 9 });
  });

  it("should turn temporal values into their ISO text", () => {
    const date = new neo4j.types.Date(2022, 9, 7);
    expect(plain({ on: date })).toEqual({ on: "2022-09-07" });
  });

  it("should read undefined as null", () => {
    expect(plain(undefined)).toBeNull();
  });
});
