import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import "./enums";
import { orphanedTypes, resolvers } from "./resolvers";

export async function buildInnographSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    orphanedTypes,
    validate: { forbidUnknownValues: false },
  });
}

const BANNER =
  "# Generated from src/graphql by `npm run schema:print`. Do not edit: a test compares it with the code.\n\n";

export function printSortedSchema(schema: GraphQLSchema): string {
  return BANNER + printSchema(lexicographicSortSchema(schema)) + "\n";
}
