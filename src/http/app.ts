import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import cors from "cors";
import express from "express";
import type { GraphQLError, GraphQLSchema, ValidationContext } from "graphql";
import type { QueryLimits } from "../config";
import { AppError, ErrorCode } from "../errors";
import type { Context } from "../graphql/context";
import { formatError } from "../graphql/format-error";
import { credentialGiven, type WriteContext } from "../graphql/writes/editor-guard";
import type { Services } from "../services";

export interface HttpService {
  server: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

/** Refusals carry LIMIT_EXCEEDED and the limit's name instead of armor's "Syntax Error" wording. */
function refuse(limit: string, max: number) {
  return (ctx: ValidationContext | null, err: GraphQLError) => {
    ctx?.reportError(new AppError(ErrorCode.LIMIT_EXCEEDED, err.message.replace(/^Syntax Error: /, ""), { limit, max }));
  };
}

function armor(limits: QueryLimits) {
  const rule = (limit: string, max: number) => ({ onReject: [refuse(limit, max)], propagateOnRejection: false });
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rule("maxDepth", limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...rule("maxAliases", limits.maxAliases) },
    // Armor counts tokens in a plugin hook, where Apollo turns any refusal into a 500; graphql-js's
    // own parser limit (parseOptions below) refuses with a 400 instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...rule("maxDirectives", limits.maxDirectives) },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...rule("maxCost", limits.maxCost) },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
}

export async function startHttp(services: Services, schema: GraphQLSchema, host: string, port: number): Promise<HttpService> {
  const app = express();
  const server = http.createServer(app);
  const limits = armor(services.config.limits);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(services.log),
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: services.config.limits.maxTokens },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ...limits.plugins],
    // index.ts owns SIGINT/SIGTERM: it must drain HTTP, then close the driver, then stop Neo4j, in that order;
    // Apollo's own handler would race it (both stops then wait on each other).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    const health = await services.meta.health();
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  app.use(
    "/graphql",
    cors(),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<WriteContext> => ({
        services,
        role: services.roleFor(req.headers),
        credentialGiven: credentialGiven(req.headers),
        loaders: services.createLoaders(),
      }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    server,
    apollo,
    url: `http://${host}:${actualPort}`,
    stop: () => apollo.stop(),
  };
}
