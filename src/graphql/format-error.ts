import { unwrapResolverError } from "@apollo/server/errors";
import { getMetadataStorage, type ValidationError } from "class-validator";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { AppError, ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { validationProblems } from "../seed/input-problems";
import { clipMessage, clipValues } from "./clip";

const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

// graphql-js refuses a document over parseOptions.maxTokens with this message (16.x spells it "more that").
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/**
 * Known errors pass through with their code; anything else is logged and masked, so no Cypher or driver
 * text leaks. Whatever passes, messages and extension values are clipped: an error never echoes a large
 * input back whole.
 */
export function formatError(log: Logger) {
  const format = known(log);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    return {
      ...out,
      message: clipMessage(out.message),
      ...(out.extensions ? { extensions: clipValues(out.extensions) as Record<string, unknown> } : {}),
    };
  };
}

function known(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) return { ...formatted, extensions: ownExtensions(original) };
    // Apollo wraps what a validation rule reports (the query limits report AppErrors) in its own error.
    const reported = original instanceof GraphQLError ? original.originalError : undefined;
    if (reported instanceof AppError) return { ...formatted, extensions: ownExtensions(reported) };
    // type-graphql's own message is "Argument Validation Error" with the raw class-validator tree (input values included).
    if (original instanceof ArgumentValidationError) return argumentProblem(formatted, original);
    const code = formatted.extensions?.code;
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      return {
        message: `Token limit of ${tokens[1]} exceeded.`,
        extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: "maxTokens", max: Number(tokens[1]) },
      };
    }
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Apollo answers some request faults (a persisted query whose hash does not match) with a 4xx status but
    // no code; they are the client's, not ours.
    if (clientStatus(original)) return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
    log.error({ err: original, path: formatted.path }, "unexpected error in request");
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

/** An AppError's extensions without the HTTP status a plugin refusal carries for Apollo. */
function ownExtensions(error: AppError): Record<string, unknown> {
  const { http: _status, ...extensions } = error.extensions;
  return extensions;
}

function clientStatus(error: unknown): boolean {
  const status =
    error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  return typeof status === "number" && status >= 400 && status < 500;
}

// A refused maximum is a cap, and caps answer LIMIT_EXCEEDED everywhere, whichever layer checks them.
const CAPS = new Set(["max", "arrayMaxSize", "maxLength"]);

/** The cap a class-validator error hit, with its maximum, when the failed constraint is one. */
function capOf(errors: ValidationError[]): { max: number } | undefined {
  for (const e of errors) {
    const names = Object.keys(e.constraints ?? {});
    if (names.length && names.every(n => CAPS.has(n)) && e.target) {
      const rule = getMetadataStorage()
        .getTargetValidationMetadatas(e.target.constructor, "", true, false)
        .find(m => m.propertyName === e.property && CAPS.has(m.name ?? ""));
      const max = rule?.constraints?.[0] as unknown;
      if (typeof max === "number") return { max };
    }
    const below = capOf(e.children ?? []);
    if (below) return below;
  }
  return undefined;
}

function argumentProblem(formatted: GraphQLFormattedError, error: ArgumentValidationError): GraphQLFormattedError {
  const problems = validationProblems((error.extensions.validationErrors ?? []) as ValidationError[]);
  const { field, reason } = problems[0] ?? { field: "(argument)", reason: "is invalid" };
  const cap = problems.length === 1 ? capOf((error.extensions.validationErrors ?? []) as ValidationError[]) : undefined;
  return {
    message: `${field}: ${reason}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: cap
      ? { code: ErrorCode.LIMIT_EXCEEDED, field, reason, ...cap }
      : { code: ErrorCode.BAD_USER_INPUT, field, reason, problems },
  };
}
