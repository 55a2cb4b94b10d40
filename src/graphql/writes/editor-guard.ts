import type { IncomingHttpHeaders } from "node:http";
import type { MiddlewareFn } from "type-graphql";
import { AppError, ErrorCode } from "../../errors";
import type { Context } from "../context";

/** The context src/http/app.ts builds: writes also tell "no key" (UNAUTHENTICATED) from "wrong key" (FORBIDDEN). */
export interface WriteContext extends Context {
  credentialGiven: boolean;
}

/** Whether the request presents any key, in the places src/auth.ts reads it from. */
export function credentialGiven(headers: IncomingHttpHeaders): boolean {
  const header = headers["x-api-key"];
  return /^Bearer\s+\S/i.test(headers.authorization ?? "") || Boolean(Array.isArray(header) ? header[0] : header);
}

/** Runs before arguments are validated, so a request without the right key learns nothing about its input. */
export const requireEditor: MiddlewareFn<WriteContext> = ({ context }, next) => {
  if (context.role === "editor") return next();
  if (!context.credentialGiven) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, "writing needs an editor key: send `Authorization: Bearer <key>` or `x-api-key: <key>`");
  }
  throw new AppError(ErrorCode.FORBIDDEN, "the key given is not an editor key");
};
