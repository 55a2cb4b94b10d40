import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { AppError, ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { validationProblems } from "../seed/input-problems";

const CLIENT_CODES = new Set(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE"]);

// graphql-js refuses a document over parseOptions.maxTokens with this message (16.x spells it "more that").
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/** Known errors pass through with their code; anything else is logged and masked, so no Cypher or driver text leaks. */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) return { ...formatted, extensions: { ...original.extensions } };
    // Apollo wraps what a validation rule reports (the query limits report AppErrors) in its own error.
    const reported = original instanceof GraphQLError ? original.originalError : undefined;
    if (reported instanceof AppError) return { ...formatted, extensions: { ...reported.extensions } };
    // type-graphql's own message is "Argument Validation Error" with the raw class-validator tree (input values included).
    if (original instanceof ArgumentValidationError) return argumentProblem(formatted, original);
    const code = formatted.extensions?.code;
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) return { message: `Token limit of ${tokens[1]} exceeded.`, extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: "maxTokens", max: Number(tokens[1]) } };
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original, path: formatted.path }, "unexpected error in request");
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

function argumentProblem(formatted: GraphQLFormattedError, error: ArgumentValidationError): GraphQLFormattedError {
  const problems = validationProblems((error.extensions.validationErrors ?? []) as ValidationError[]);
  const { field, reason } = problems[0] ?? { field: "(argument)", reason: "is invalid" };
  return {
    message: `${field}: ${reason}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason, problems },
  };
}
