import type { ApolloServerPlugin } from "@apollo/server";
import type { MiddlewareFn } from "type-graphql";
import { atLeast, type Role } from "../../auth";
import { AppError, ErrorCode } from "../../errors";
import type { Context } from "../context";

const HOW = "send `Authorization: Bearer <key>` or `x-api-key: <key>`";

/**
 * UNAUTHENTICATED when no key was presented, FORBIDDEN when the key presented does not grant `needed`
 * (an unknown key included: it is told apart from a known key of a lower role by nothing, on purpose).
 */
export function checkAccess(
  context: Pick<Context, "role" | "credentialGiven">,
  needed: Exclude<Role, "anonymous">,
  what: string,
): void {
  if (atLeast(context.role, needed)) return;
  if (!context.credentialGiven) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, `${what} needs ${article(needed)} ${needed} key: ${HOW}`, { needed });
  }
  throw new AppError(
    ErrorCode.FORBIDDEN,
    `the key given does not grant ${what}; it needs ${article(needed)} ${needed} key`,
    { needed },
  );
}

const article = (role: string) => (/^[aeiou]/.test(role) ? "an" : "a");

/** Runs before arguments are validated, so a request without the right key learns nothing about its input. */
export const requireEditor: MiddlewareFn<Context> = ({ context }, next) => {
  checkAccess(context, "editor", "writing");
  return next();
};

/**
 * With INNOGRAPH_READ_ACCESS=keyed every operation (introspection included) needs a reader key; checked
 * once per operation, before any resolver runs, so a refused read costs no database call. Mutations go on
 * to requireEditor. The status is set on the response because Apollo answers errors thrown here with 500.
 */
export function readAccessPlugin(mode: "open" | "keyed"): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let status: number | undefined;
      return {
        async didResolveOperation({ contextValue }) {
          if (mode === "open") return;
          try {
            checkAccess(contextValue, "reader", "reading");
          } catch (err) {
            status = (err as AppError).extensions.code === ErrorCode.UNAUTHENTICATED ? 401 : 403;
            throw err;
          }
        },
        async willSendResponse({ response }) {
          if (status) response.http.status = status;
        },
      };
    },
  };
}
