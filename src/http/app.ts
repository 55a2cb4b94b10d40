import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Context } from "../graphql/context";
import { formatError } from "../graphql/format-error";
import type { Services } from "../services";

export interface HttpService {
  server: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

export async function startHttp(services: Services, schema: GraphQLSchema, host: string, port: number): Promise<HttpService> {
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(services.log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
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
      context: async ({ req }) => ({
        services,
        role: services.roleFor(req.headers),
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
