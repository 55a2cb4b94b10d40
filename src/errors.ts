import { GraphQLError } from "graphql";

export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  AMBIGUOUS = "AMBIGUOUS",
  LIMIT_EXCEEDED = "LIMIT_EXCEEDED",
  TIMEOUT = "TIMEOUT",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
}

/** An error a client may see: a message for people and a stable code for programs. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = this.constructor.name;
  }
}

export class BadInputError extends AppError {
  constructor(field: string, reason: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, `${field}: ${reason}`, { field, reason, ...extra });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, key: string) {
    super(ErrorCode.NOT_FOUND, `${what} "${key}" not found`, { key });
  }
}

export class AmbiguousError extends AppError {
  constructor(field: string, text: string, candidates: { id: string; name: string; kind: string }[]) {
    super(ErrorCode.AMBIGUOUS, `${field}: "${text}" matches ${candidates.length} entities; use one of their ids`, {
      field,
      candidates,
    });
  }
}

export class LimitExceededError extends AppError {
  constructor(field: string, max: number, got: number) {
    super(ErrorCode.LIMIT_EXCEEDED, `${field}: at most ${max} allowed, got ${got}`, { field, max, got });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = "the graph database is unreachable; try again shortly") {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

export class TimeoutError extends AppError {
  constructor(ms: number) {
    super(ErrorCode.TIMEOUT, `the query took longer than ${ms} ms and was stopped`, { timeoutMs: ms });
  }
}
