import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import cors from "cors";
import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import helmet from "helmet";
import type { HttpConfig } from "../config";
import { ErrorCode } from "../errors";
import type { Context } from "../graphql/context";
import type { Logger } from "../logger";

/**
 * Everything the service serves itself (the /explore bundle included) loads scripts only from this origin;
 * the explorer draws on canvas/WebGL, may lay out in a blob: worker, exports PNG through blob:/data: URLs and
 * sets style attributes, and nothing may frame it.
 */
const strict = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", "blob:"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});

/** Apollo's landing page embeds its Sandbox from Apollo's CDN with inline, nonce-tagged scripts (Apollo's documented policy). */
const landing = helmet({
  contentSecurityPolicy: {
    directives: {
      imgSrc: ["'self'", "data:", "apollo-server-landing-page.cdn.apollographql.com"],
      scriptSrc: ["'self'", "https:", "'unsafe-inline'"],
      manifestSrc: ["'self'", "apollo-server-landing-page.cdn.apollographql.com"],
      frameSrc: ["'self'", "sandbox.embed.apollographql.com"],
    },
  },
});

/**
 * The headers a helmet policy sets, worked out once: this policy's depend on nothing in the request (no
 * nonce), and helmet's dozen nested middlewares on every request cost more than setting them.
 */
function fixedHeaders(policy: RequestHandler): RequestHandler {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => set.push([name, value]),
    removeHeader: (name: string) => removed.push(name),
  };
  let done = false;
  policy({} as Request, recorder as unknown as Response, () => (done = true));
  if (!done) throw new Error("a security header policy did not finish at once");
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}

/** Security headers on every response; the relaxed policy only for the landing page, and only when it is on. */
export function securityHeaders(config: HttpConfig): RequestHandler {
  const strictHeaders = fixedHeaders(strict);
  return (req, res, next) => {
    const landingPage =
      config.landingPage && req.method === "GET" && req.path === "/graphql" && Boolean(req.accepts("html"));
    (landingPage ? landing : strictHeaders)(req, res, next);
  };
}

/** An origin as browsers send it: lower-case scheme and host, no default port, no path or trailing slash. */
export function normalOrigin(origin: string): string {
  if (origin === "*") return origin;
  try {
    return new URL(origin).origin;
  } catch {
    return origin.trim().replace(/\/+$/, "").toLowerCase();
  }
}

/**
 * No CORS headers at all unless origins are configured: a page elsewhere cannot read answers from a local
 * service. Configured origins are compared as browsers write them, so "https://Dash.Example/" allows
 * "https://dash.example". A preflight is answered here (204), never passed on to GraphQL.
 */
export function corsPolicy(config: HttpConfig): RequestHandler {
  const origins = new Set(config.corsOrigins.map(normalOrigin));
  if (origins.size === 0) return (_req, _res, next) => next();
  const allowed = (origin: string | undefined) =>
    origins.has("*") || (origin !== undefined && origins.has(normalOrigin(origin)));
  return cors({
    origin: (origin, done) => done(null, origins.has("*") ? "*" : allowed(origin) ? origin : false),
    methods: ["GET", "POST", "OPTIONS"],
    maxAge: 600,
  });
}

/** The landing page is either Apollo's local Sandbox or nothing (never the production page that links to Apollo Studio). */
export function landingPagePlugin(config: HttpConfig): ApolloServerPlugin<Context> {
  return config.landingPage
    ? ApolloServerPluginLandingPageLocalDefault({ footer: false })
    : ApolloServerPluginLandingPageDisabled();
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Body-parser refusals (too large, not JSON) answered as GraphQL-shaped JSON with a code, not express's HTML page. */
export function httpErrors(config: HttpConfig, log: Logger): ErrorRequestHandler {
  return (err: BodyParserError, req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
    const error =
      err.type === "entity.too.large"
        ? {
            message: `request body larger than ${config.maxBodyBytes} bytes`,
            extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: "maxBodyBytes", max: config.maxBodyBytes },
          }
        : err.type === "entity.parse.failed"
          ? { message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }
          : status < 500
            ? { message: "bad request", extensions: { code: "BAD_REQUEST" } }
            : { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    if (status >= 500) log.error({ err, path: req.path }, "unexpected error in HTTP layer");
    res.status(status).json({ errors: [error] });
  };
}
