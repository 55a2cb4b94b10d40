import type { RequestHandler } from "express";
import { AppError, ErrorCode, TimeoutError } from "../errors";
import { withRequestScope } from "../neo4j/request-scope";

/** Why a request's database work was stopped when its client went away first. */
export class ClientGoneError extends AppError {
  constructor() {
    super(ErrorCode.TIMEOUT, "the client closed the connection; the request was stopped");
  }
}

/**
 * Gives each request a scope (src/neo4j/request-scope.ts) whose signal fires when the client goes away
 * before the answer is sent, or when the request's deadline passes: its database transactions are then
 * stopped rather than left running for nobody.
 */
export function requestScope(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutError(timeoutMs)), timeoutMs);
    timer.unref();
    res.once("close", () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new ClientGoneError());
    });
    withRequestScope(timeoutMs, controller.signal, next);
  };
}
