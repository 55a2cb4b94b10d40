import fs from "node:fs";
import path from "node:path";
import { graphql, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { buildInnographSchema, printSortedSchema } from "../../../src/graphql/build-schema";
import { formatError } from "../../../src/graphql/format-error";
import { createLogger } from "../../../src/logger";

/** Any use of the services or loaders fails the test: argument validation must refuse before them. */
const untouchable = (what: string): never =>
  new Proxy(
    {},
    {
      get: (_t, key) => {
        throw new Error(`${what}.${String(key)} was reached`);
      },
    },
  ) as never;

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildInnographSchema();
});

/** The errors a user would see, formatted as the service formats them; no database behind the schema. */
async function refused(source: string, variables: Record<string, unknown> = {}): Promise<GraphQLFormattedError[]> {
  const contextValue = {
    services: untouchable("services"),
    loaders: untouchable("loaders"),
    role: "admin",
    credentialGiven: true,
  };
  const result = await graphql({ schema, source, variableValues: variables, contextValue });
  const format = formatError(createLogger("silent"));
  return (result.errors ?? []).map(e => format(e.toJSON(), e));
}

describe("the schema", () => {
  it("should match schema/schema.graphql, so the committed SDL is what the code serves", () => {
    const committed = fs.readFileSync(path.join(__dirname, "../../../schema/schema.graphql"), "utf8");
    if (printSortedSchema(schema) !== committed) {
      throw new Error("schema/schema.graphql is out of date: run `npm run schema:print` and commit the result");
    }
  });
});

// A field inside an input object is named by its own name (dateFrom, not filter.dateFrom), as type-graphql reports it.
describe("argument validation, before any database work", () => {
  it.each([
    ["a negative page size", "{ entities(first: -1) { totalCount } }", "first"],
    [
      "a list date that is not a partial ISO date",
      '{ events(filter: { dateFrom: "last year" }) { totalCount } }',
      "dateFrom",
    ],
    [
      "a scope date that is not a partial ISO date",
      '{ subgraph(scope: { dateTo: "2022-9" }) { truncated } }',
      "dateTo",
    ],
  ])("should refuse %s with BAD_USER_INPUT naming the field", async (_what, query, field) => {
    const errors = await refused(query);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors[0]!.message).toContain(field);
  });

  // Every cap answers LIMIT_EXCEEDED, whichever layer enforces it.
  it("should refuse a page beyond the cap with LIMIT_EXCEEDED naming the field", async () => {
    const errors = await refused("{ cities(first: 5000) { totalCount } }");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: "LIMIT_EXCEEDED" });
    expect(errors[0]!.message).toContain("first");
  });

  it("should refuse more than 5000 scope ids with LIMIT_EXCEEDED, naming the field", async () => {
    const ids = Array.from({ length: 5001 }, (_, i) => `e${i}`);
    const errors = await refused("query($ids: [ID!]) { subgraph(scope: { ids: $ids }) { truncated } }", { ids });
    expect(errors[0]!.extensions).toMatchObject({ code: "LIMIT_EXCEEDED" });
    expect(errors[0]!.message).toContain("ids");
  });

  it("should refuse an unknown enum value in the query itself, as graphql-js validation does", async () => {
    const result = await graphql({ schema, source: "{ cities(orderBy: SIZE) { totalCount } }" });
    expect(result.errors?.[0]?.message).toContain('Value "SIZE" does not exist in "EntityOrder" enum');
  });
});
