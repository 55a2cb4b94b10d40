/**
 * Way (c) of the benchmark as its own process: @neo4j/graphql serving bench/neo4j-graphql/type-defs.ts
 * over the same Neo4j as innograph, on the same HTTP stack (Apollo Server 5 on express 5), so that
 * its resident memory and CPU are its own. Usage: NEO4J_URI=bolt://127.0.0.1:7712 PORT=4102 node ... server.ts
 * Prints "listening <url>" on stdout when ready; SIGTERM stops it.
 */
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import neo4j from "neo4j-driver";
import { typeDefs } from "./type-defs";

// The same per-transaction timeout innograph gives every request (NEO4J_QUERY_TIMEOUT_MS).
const TIMEOUT_MS = Number(process.env.NEO4J_QUERY_TIMEOUT_MS ?? 15_000);

async function main(): Promise<void> {
  const auth = process.env.NEO4J_PASSWORD
    ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD)
    : undefined;
  const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:7712", auth, {
    userAgent: "bench-neo4j-graphql",
  });
  const schema = await new Neo4jGraphQL({
    typeDefs: typeDefs(),
    driver,
    // Partial ISO dates sort as strings; range filters on them are opt-in in v7.
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  }).getSchema();
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: false, stopOnTerminationSignals: false });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => ({ transaction: { timeout: TIMEOUT_MS } }) }),
  );
  const port = Number(process.env.PORT ?? 4102);
  await new Promise<void>(resolve => server.listen(port, "127.0.0.1", resolve));
  process.stdout.write(`listening http://127.0.0.1:${port}/graphql\n`);
  process.on("SIGTERM", () => {
    void apollo
      .stop()
      .then(() => new Promise<void>(resolve => server.close(() => resolve())))
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}

main().catch(err => {
  process.stderr.write(`neo4j-graphql server failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
