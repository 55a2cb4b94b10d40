import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express from "express";
import type { GraphQLError, GraphQLSchema, ValidationContext } from "graphql";
import { presentedKey } from "../auth";
import type { Config, QueryLimits } from "../config";
import { AppError, ErrorCode } from "../errors";
import { buildInnographSchema } from "../graphql/build-schema";
import type { Context } from "../graphql/context";
import { formatError } from "../graphql/format-error";
import { inputFieldPlugin } from "../graphql/input-field";
import { enforceListSizes, ListSizes } from "../graphql/limits/list-size";
import { queryCostPlugin, queryCostRule } from "../graphql/limits/query-cost";
import { requestBudgetPlugin } from "../graphql/limits/request-budget";
import { readAccessPlugin } from "../graphql/writes/editor-guard";
import type { Logger } from "../logger";
import { observabilityPlugin, observeGraphQLRequests } from "../observability/graphql-observer";
import { serveMetrics } from "../observability/metrics-endpoint";
import { observeCost, onLimitAccepted, onLimitRefused, type Measure } from "../observability/query-limits-observer";
import { setActor } from "../neo4j/request-scope";
import { requestScope } from "./request-scope";
import { loadShedding } from "./load-shedding";
import type { Services } from "../services";
import { corsPolicy, httpErrors, landingPagePlugin, securityHeaders } from "./security";

export interface HttpService {
  server: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  /** Where Prometheus scrapes, when INNOGRAPH_METRICS=true. */
  metricsUrl: string | undefined;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

/** Refusals carry LIMIT_EXCEEDED and the limit's name instead of armor's "Syntax Error" wording. */
function refuse(limit: string, max: number) {
  return (ctx: ValidationContext | null, err: GraphQLError) => {
    ctx?.reportError(
      new AppError(ErrorCode.LIMIT_EXCEEDED, err.message.replace(/^Syntax Error: /, ""), { limit, max }),
    );
  };
}

function armor(limits: QueryLimits) {
  // Depth and cost are also measured for the metrics, whether the operation passes or not.
  const rule = (limit: string, max: number, measure?: Measure) => ({
    onReject: [refuse(limit, max), ...(measure ? [onLimitRefused(measure)] : [])],
    onAccept: measure ? [onLimitAccepted(measure)] : [],
    propagateOnRejection: false,
  });
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rule("maxDepth", limits.maxDepth, "depth") },
    maxAliases: { n: limits.maxAliases, ...rule("maxAliases", limits.maxAliases) },
    // Armor counts tokens in a plugin hook, where Apollo turns any refusal into a 500; graphql-js's
    // own parser limit (parseOptions below) refuses with a 400 instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...rule("maxDirectives", limits.maxDirectives) },
    // Armor's cost ignores list sizes; the list-aware estimate (graphql/limits/query-cost.ts) replaces it.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
}

/** The list-aware cost limit, as a validation rule and as a plugin that sees the variables; lists are cut at their size. */
function queryLimits(schema: GraphQLSchema, config: Config) {
  const sizes = new ListSizes(schema, config.limits.listCap);
  enforceListSizes(schema, sizes);
  return {
    rule: queryCostRule(schema, sizes, config.limits.maxCost, observeCost),
    plugin: queryCostPlugin<Context>(schema, sizes, config.limits.maxCost, observeCost),
  };
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
  const cost = queryLimits(schema, config);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(log),
    validationRules: [...limits.validationRules, cost.rule],
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      landingPagePlugin(httpConfig),
      readAccessPlugin(readAccess),
      inputFieldPlugin<Context>(),
      observabilityPlugin<Context>(),
      ...limits.plugins,
      cost.plugin,
      requestBudgetPlugin(config.budget),
    ],
    introspection: httpConfig.introspection,
    // index.ts owns SIGINT/SIGTERM: it must drain HTTP, then close the driver, then stop Neo4j, in that order;
    // Apollo's own handler would race it (both stops then wait on each other).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const observability = config.observability;
  const metrics = await serveMetrics(
    app,
    observability,
    host,
    async () => (await services.meta.health()).neo4j.reachable,
  );
  app.get("/health", async (_req, res) => {
    const health = await services.meta.health();
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  (await import("./explorer")).mountExplorer(app);
  app.use(
    "/graphql",
    corsPolicy(httpConfig),
    // After CORS, so a preflight is answered even while new work is refused; after /health, which must answer.
    loadShedding(config.shedding, log),
    express.json({ limit: httpConfig.maxBodyBytes }),
    // After the body is read: a stream's events would not carry the scope on to Apollo.
    requestScope(config.budget.requestTimeoutMs),
    // Every transaction the request begins carries its operation name (as @neo4j/graphql's do), and its spans nest under the request's.
    observeGraphQLRequests(),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const identity = await services.identify(req.headers);
        setActor(identity);
        return {
          services,
          role: identity.role,
          credentialGiven: presentedKey(req.headers) !== undefined,
          loaders: services.createLoaders(),
        };
      },
    }),
  );
  app.use(httpErrors(httpConfig, log));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host}:${actualPort}`;
  return {
    server,
    apollo,
    url,
    metricsUrl: metrics.url ?? (observability.metrics ? `${url}/metrics` : undefined),
    stop: async () => {
      await apollo.stop();
      await metrics.stop();
    },
  };
}
