import "reflect-metadata";
import { assertValidSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import "./enums";
import { orphanedTypes, resolvers } from "./resolvers";

export async function buildInnographSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes,
    validate: { forbidUnknownValues: false },
    // type-graphql's own check runs the whole introspection query only to have the schema validated (about
    // a second of every start, and of every test file); graphql-js validates it directly, as strictly.
    skipCheck: true,
  });
  assertValidSchema(schema);
  return schema;
}

const BANNER =
  "# Generated from src/graphql by `npm run schema:print`. Do not edit: a test compares it with the code.\n\n";

export function printSortedSchema(schema: GraphQLSchema): string {
  return BANNER + printSchema(lexicographicSortSchema(schema)) + "\n";
}
