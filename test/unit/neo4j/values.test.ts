import neo4j from "neo4j-driver";
import { int, loggableNumber, plain, plainRecord, toNumber } from "../../../src/neo4j/values";

const { Node, Relationship, UnboundRelationship, Path, PathSegment } = neo4j.types;

const node = (id: number, props: Record<string, unknown>) => new Node(neo4j.int(id), ["Entity"], props, `4:x:${id}`);
const rel = (id: number, start: number, end: number, props: Record<string, unknown>) =>
  new Relationship(neo4j.int(id), neo4j.int(start), neo4j.int(end), "MEMBER_OF", props, `5:x:${id}`);

describe("toNumber", () => {
  it.each([
    [neo4j.int(42), 42],
    [neo4j.int(-7), -7],
    [neo4j.int(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    [neo4j.int(Number.MIN_SAFE_INTEGER), Number.MIN_SAFE_INTEGER],
    [3.5, 3.5],
    [10n, 10],
  ])("should convert %p to %p", (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });

  it.each([[neo4j.int("9007199254740993")], [neo4j.int("-9007199254740993")], [9007199254740993n]])(
    "should refuse %p, outside JavaScript's safe range, rather than round it",
    value => {
      expect(() => toNumber(value)).toThrow("outside the safe JavaScript range");
    },
  );

  it.each([["12"], [null], [undefined], [{}]])("should refuse %p, which is not a number", value => {
    expect(() => toNumber(value)).toThrow("expected a number");
  });

  it("should give back every safe integer it is sent as a driver Integer", () => {
    // A spread of magnitudes on both sides of 2^32, where an Integer's low and high words meet.
    for (let e = 0; e <= 53; e++) {
      for (const n of [2 ** e - 1, 2 ** e, -(2 ** e) + 1]) {
        if (Number.isSafeInteger(n)) expect(toNumber(neo4j.int(n))).toBe(n);
      }
    }
  });
});

describe("int", () => {
  it("should send a JavaScript number as a Neo4j Integer", () => {
    const i = int(25);
    expect(neo4j.isInt(i)).toBe(true);
    expect(i.toNumber()).toBe(25);
  });
});

describe("loggableNumber", () => {
  it.each([
    [neo4j.int(5), 5],
    [2.5, 2.5],
    [7n, 7],
    ["5", undefined],
    [null, undefined],
  ])("should show %p as %p", (value, expected) => {
    expect(loggableNumber(value)).toBe(expected);
  });

  it("should show an unsafe integer approximately instead of failing", () => {
    expect(loggableNumber(neo4j.int("9007199254740993"))).toBe(9007199254740992);
  });
});

describe("plain", () => {
  it.each([["text"], [true], [false], [0], [-1.25]])("should keep %p as it is", value => {
    expect(plain(value)).toBe(value);
  });

  it.each([[null], [undefined]])("should read %p as null", value => {
    expect(plain(value)).toBeNull();
  });

  it("should turn integers, lists and maps into plain JSON data, nested", () => {
    expect(plain({ count: neo4j.int(3), list: [neo4j.int(1), "a", null], nested: { n: neo4j.int(2) } })).toEqual({
      count: 3,
      list: [1, "a", null],
      nested: { n: 2 },
    });
  });

  it("should refuse an unsafe integer anywhere in a value", () => {
    expect(() => plain({ rows: [{ n: neo4j.int("9007199254740993") }] })).toThrow("outside the safe JavaScript range");
  });

  it("should turn a node into its properties, converted", () => {
    expect(plain(node(1, { id: "city-xuzhou", degree: neo4j.int(9) }))).toEqual({ id: "city-xuzhou", degree: 9 });
  });

  it("should turn a relationship into its properties, converted", () => {
    expect(plain(rel(7, 1, 2, { id: "r1", weight: neo4j.int(2) }))).toEqual({ id: "r1", weight: 2 });
    const unbound = new UnboundRelationship(neo4j.int(7), "MEMBER_OF", { id: "r1" }, "5:x:7");
    expect(plain(unbound)).toEqual({ id: "r1" });
  });

  it("should turn a path into its nodes' and relationships' properties, in order", () => {
    const [a, b, c] = [node(1, { id: "a" }), node(2, { id: "b" }), node(3, { id: "c" })];
    const ab = rel(10, 1, 2, { id: "ab" });
    const cb = rel(11, 3, 2, { id: "cb" });
    const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, cb, c)]);
    expect(plain(path)).toEqual({
      nodes: [{ id: "a" }, { id: "b" }, { id: "c" }],
      relationships: [{ id: "ab" }, { id: "cb" }],
    });
  });

  it.each([
    [new neo4j.types.Date(2022, 9, 7), "2022-09-07"],
    [new neo4j.types.DateTime(2022, 9, 7, 8, 30, 0, 0, 0), "2022-09-07T08:30:00Z"],
    [new neo4j.types.DateTime(2022, 9, 7, 8, 30, 0, 0, 28_800), "2022-09-07T08:30:00+08:00"],
    [new neo4j.types.LocalDateTime(2022, 9, 7, 8, 30, 15, 0), "2022-09-07T08:30:15"],
    [new neo4j.types.Time(8, 30, 0, 0, 0), "08:30:00Z"],
    [new neo4j.types.LocalTime(8, 30, 0, 500_000_000), "08:30:00.500000000"],
    [new neo4j.types.Duration(1, 2, 3, 0), "P1M2DT3S"],
  ])("should turn the temporal value %p into its ISO text %p", (value, iso) => {
    expect(plain({ on: value })).toEqual({ on: iso });
  });

  it("should leave no driver type in a converted record", () => {
    const record = plain({
      entity: node(1, { id: "e", since: new neo4j.types.Date(2020, 1, 2) }),
      rels: [rel(2, 1, 3, { n: neo4j.int(4) })],
      counts: { a: neo4j.int(1) },
    });
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v !== null && typeof v === "object") {
        expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
        Object.values(v).forEach(walk);
      } else {
        expect(["string", "number", "boolean"].includes(typeof v) || v === null).toBe(true);
      }
    };
    walk(record);
    expect(record).toEqual({ entity: { id: "e", since: "2020-01-02" }, rels: [{ n: 4 }], counts: { a: 1 } });
  });
});

describe("plainRecord", () => {
  it("should convert every value of a record as the shape its statement declares", () => {
    const row = plainRecord<{ total: number; page: { id: string }[] }>({
      total: neo4j.int(2),
      page: [node(1, { id: "a" }), node(2, { id: "b" })],
    });
    expect(row.total).toBe(2);
    expect(row.page.map(p => p.id)).toEqual(["a", "b"]);
  });
});
