import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { RequestBudget } from "../../config";
import { AppError, ErrorCode, TimeoutError } from "../../errors";

export class ResponseTooLargeError extends AppError {
  constructor(max: number) {
    super(ErrorCode.LIMIT_EXCEEDED, `the response would be larger than ${max} bytes; ask for fewer items or fields`, {
      limit: "maxResponseBytes",
      max,
    });
  }
}

/** About the bytes a resolved value adds to the JSON answer: its key and, for a scalar, its text. */
export function jsonBytes(key: string, value: unknown): number {
  const keyBytes = key.length + 4;
  if (value === null || value === undefined) return keyBytes + 4;
  if (typeof value === "string") return keyBytes + Buffer.byteLength(value) + 2;
  if (typeof value === "number" || typeof value === "boolean") return keyBytes + String(value).length;
  if (Array.isArray(value)) {
    return (
      keyBytes +
      value.reduce<number>(
        (n, item) => n + (typeof item === "object" && item !== null ? 2 : jsonBytes("", item) - 4),
        2,
      )
    );
  }
  // An object's own size is the sum of the fields selected under it, each counted when it resolves.
  return keyBytes + 2;
}

function formatted(error: AppError): GraphQLFormattedError {
  return { message: error.message, extensions: { ...error.extensions } };
}

/**
 * Counts the response while it is built and watches the clock. Once either budget is spent, every field
 * not yet started fails at once (no more database work is begun) and the answer is replaced by the one
 * error that says which budget ran out: partial data that big or that late helps no one.
 */
export function requestBudgetPlugin<C extends object>(budget: RequestBudget): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const deadline = Date.now() + budget.requestTimeoutMs;
      let bytes = 0;
      let spent: AppError | undefined;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (spent) throw spent;
              if (Date.now() >= deadline) throw (spent = new TimeoutError(budget.requestTimeoutMs));
              return (_error, result) => {
                bytes += jsonBytes(info.path.key.toString(), result);
                if (bytes > budget.maxResponseBytes) spent ??= new ResponseTooLargeError(budget.maxResponseBytes);
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (spent && response.body.kind === "single") {
            response.body.singleResult = { data: null, errors: [formatted(spent)] };
          }
        },
      };
    },
  };
}
