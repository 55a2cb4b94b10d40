import "reflect-metadata";
import { parse, type GraphQLSchema } from "graphql";
import { buildInnographSchema } from "../../../src/graphql/build-schema";
import { DATA_LIST_SIZE, ListSizes } from "../../../src/graphql/limits/list-size";
import { queryCost } from "../../../src/graphql/limits/query-cost";
import { nestedPartners } from "../../support/hostile-queries";

const DEFAULT_CAP = 100;
let schema: GraphQLSchema;
let sizes: ListSizes;

beforeAll(async () => {
  schema = await buildInnographSchema();
  sizes = new ListSizes(schema, DEFAULT_CAP);
});

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  queryCost(schema, sizes, parse(query), variables);

describe("list-aware query cost", () => {
  it("should multiply a list's cost by its first argument", () => {
    const relations = (n: number) => cost(`{ entity(id: "x") { relations(first: ${n}) { type other { id } } } }`);
    // Each relation answers `type`, `other` and `other.id`: 3 values, plus the relation itself.
    expect(relations(20) - relations(10)).toBe(10 * 4);
  });

  it("should read the size from a variable", () => {
    const query = `query Q($n: Int!) { entity(id: "x") { relations(first: $n) { type } } }`;
    expect(cost(query, { n: 50 }) - cost(query, { n: 5 })).toBe(45 * 2);
  });

  it("should size a typed link without a bounding argument by the cap", () => {
    expect(cost(`{ entity(id: "x") { ... on City { corridors { id } } } }`) - cost(`{ entity(id: "x") { id } }`)).toBe(
      DEFAULT_CAP * 2 - 1,
    );
  });

  it("should size a list of stored data (evidence) at its typical length", () => {
    expect(cost(`{ entity(id: "x") { evidence { quote } } }`) - cost(`{ entity(id: "x") { id } }`)).toBe(
      DATA_LIST_SIZE * 2 - 1,
    );
  });

  it("should count a connection's nodes once, by the connection's first", () => {
    const page = (n: number) => cost(`{ entities(first: ${n}) { nodes { id name } } }`);
    expect(page(40) - page(20)).toBe(20 * (1 + 3));
  });

  it("should count a list of scalars as one value", () => {
    expect(cost(`{ entity(id: "x") { aliases } }`)).toBe(cost(`{ entity(id: "x") { name } }`));
  });

  it("should grow by the list size at every level of nested partners", () => {
    const levels = [1, 2, 3, 4, 5, 6].map(l => cost(nestedPartners(l)));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! / levels[i - 1]!).toBeGreaterThan(10);
  });

  it("should price nested partners with a small first far below the default", () => {
    expect(cost(nestedPartners(3, { first: 2 }))).toBeLessThan(cost(nestedPartners(3)) / 100);
  });
});
