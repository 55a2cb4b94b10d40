import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express from "express";
import type { GraphQLError, ValidationContext } from "graphql";
import { presentedKey } from "../auth";
import type { Config, QueryLimits } from "../config";
import { AppError, ErrorCode } from "../errors";
import { buildInnographSchema } from "../graphql/build-schema";
import type { Context } from "../graphql/context";
import { formatError } from "../graphql/format-error";
import { readAccessPlugin } from "../graphql/writes/editor-guard";
import type { Logger } from "../logger";
import { currentRequestMetadata, withRequestMetadata } from "../neo4j/transaction-metadata";
import type { Services } from "../services";
import { corsPolicy, httpErrors, landingPagePlugin, securityHeaders } from "./security";

export interface HttpService {
  server: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

/** Names the operation in the request's transaction metadata once Apollo has resolved which one runs. */
const operationNamePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName }) {
        const metadata = currentRequestMetadata();
        if (metadata && operationName) metadata.operationName = operationName;
      },
    };
  },
};

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

/** Serves the GraphQL schema over the services, with /health and the explorer, on config.host:config.port. */
export async function startHttp(services: Services, config: Config, log: Logger): Promise<HttpService> {
  const schema = await buildInnographSchema();
  const app = express();
  const { http: httpConfig, readAccess, host, port } = config;
  app.disable("x-powered-by");
  app.use(securityHeaders(httpConfig));
  const server = http.createServer(app);
  const limits = armor(config.limits);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(log),
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }), landingPagePlugin(httpConfig), readAccessPlugin(readAccess), operationNamePlugin,
      ...limits.plugins,
    ],
    introspection: httpConfig.introspection,
    // index.ts owns SIGINT/SIGTERM: it must drain HTTP, then close the driver, then stop Neo4j, in that order;
    // Apollo's own handler would race it (both stops then wait on each other).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    const health = await services.meta.health();
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  (await import("./explorer")).mountExplorer(app);
  app.use(
    "/graphql",
    corsPolicy(httpConfig),
    express.json({ limit: httpConfig.maxBodyBytes }),
    // Every transaction the request begins carries its operation name, as @neo4j/graphql's do.
    (_req, _res, next) => withRequestMetadata({}, next),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => ({
        services,
        role: await services.roleFor(req.headers),
        credentialGiven: presentedKey(req.headers) !== undefined,
        loaders: services.createLoaders(),
      }),
    }),
  );
  app.use(httpErrors(httpConfig, log));

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
